import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createUnit, updateUnit } from '../../db/unitRepository';
import type { UnitEntity } from '../../domain/entities';
import {
  EMPTY_UNIT_INPUT,
  UNIT_NAME_MAX,
  unitToInput,
  validateUnitInput,
  type UnitErrors,
  type UnitInput,
} from '../../domain/unitInput';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { useActorId } from '../session/SessionContext';
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
  const { codeMessage, errorMessage } = useSettingsMessages();
  const [input, setInput] = useState<UnitInput>(unit ? unitToInput(unit) : EMPTY_UNIT_INPUT);
  const [errors, setErrors] = useState<UnitErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  const field = (name: keyof UnitInput) => ({
    value: input[name],
    error: codeMessage(errors[name]),
    onChange: (event: { target: { value: string } }) => {
      const value = event.target.value;
      setInput((current) => ({ ...current, [name]: value }));
      setErrors((current) => ({ ...current, [name]: undefined }));
    },
  });

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (isSaving) return;
    const result = validateUnitInput(input);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setIsSaving(true);
    setSaveError(null);
    try {
      if (unit) await updateUnit(unit.id, input, actorId);
      else await createUnit(input, actorId);
      onClose();
    } catch (error) {
      setSaveError(errorMessage(error));
      setIsSaving(false);
    }
  };

  const title = unit
    ? t('settingsEdit.units.editTitle', { name: unit.name })
    : t('settingsEdit.units.newTitle');

  return (
    <Dialog title={title} isOpen onClose={onClose}>
      <form onSubmit={(event) => void handleSubmit(event)} noValidate className="dialog__form">
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
        {saveError ? <Notice tone="error">{saveError}</Notice> : null}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={isSaving}>
            {isSaving ? t('common.saving') : t('common.save')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
