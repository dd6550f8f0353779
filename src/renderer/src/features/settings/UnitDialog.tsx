import { useTranslation } from 'react-i18next';
import { createUnit, updateUnit } from './data/unitRepository';
import type { UnitEntity } from '../../domain/entities';
import {
  EMPTY_UNIT_INPUT,
  UNIT_NAME_MAX,
  unitToInput,
  validateUnitInput,
  type UnitErrors,
  type UnitInput,
} from './model/unitInput';
import { TextField } from '../../ui/Field';
import { useActorId } from '../../session/SessionContext';
import { SettingsFormDialog } from './SettingsFormDialog';
import { useDialogForm } from './useDialogForm';
import { useSettingsMessages } from './useSettingsMessages';

export type UnitDialogProps = {
  /** The unit to edit, or null for a new one. */
  unit: UnitEntity | null;
  onClose: () => void;
};

/** A unit (verksamhetsområde) and its contact person. */
export function UnitDialog({ unit, onClose }: UnitDialogProps) {
  const { t } = useTranslation();
  const actorId = useActorId();
  const { codeMessage } = useSettingsMessages();
  const { input, errors, saveError, isSaving, update, handleSubmit } = useDialogForm<
    UnitInput,
    UnitErrors
  >(
    unit ? unitToInput(unit) : EMPTY_UNIT_INPUT,
    validateUnitInput,
    (value) => (unit ? updateUnit(unit.id, value, actorId) : createUnit(value, actorId)),
    onClose,
  );

  const field = (name: keyof UnitInput) => ({
    value: input[name],
    error: codeMessage(errors[name]),
    onChange: (event: { target: { value: string } }) => update({ [name]: event.target.value }),
  });

  const title = unit
    ? t('settingsEdit.units.editTitle', { name: unit.name })
    : t('settingsEdit.units.newTitle');

  return (
    <SettingsFormDialog
      title={title}
      isSaving={isSaving}
      saveError={saveError}
      onSubmit={handleSubmit}
      onClose={onClose}
    >
      <TextField
        label={t('settingsEdit.units.name')}
        maxLength={UNIT_NAME_MAX}
        isRequired
        requiredText={t('common.required')}
        autoFocus
        {...field('name')}
      />
      <TextField
        label={t('settingsEdit.units.contactName')}
        autoComplete="off"
        {...field('contactName')}
      />
      <TextField
        label={t('settingsEdit.units.contactEmail')}
        type="email"
        autoComplete="off"
        {...field('contactEmail')}
      />
      <TextField
        label={t('settingsEdit.units.contactPhone')}
        type="tel"
        autoComplete="off"
        {...field('contactPhone')}
      />
    </SettingsFormDialog>
  );
}
