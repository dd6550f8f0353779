import { useTranslation } from 'react-i18next';
import { createPriorityArea, updatePriorityArea } from './data/priorityAreaRepository';
import type { PriorityAreaEntity } from '../../domain/entities';
import {
  EMPTY_PRIORITY_AREA_INPUT,
  PRIORITY_AREA_DESCRIPTION_MAX,
  PRIORITY_AREA_NAME_MAX,
  priorityAreaToInput,
  validatePriorityAreaInput,
  type PriorityAreaErrors,
  type PriorityAreaInput,
} from './model/priorityAreaInput';
import { TextAreaField, TextField } from '../../ui/Field';
import { useActorId } from '../../session/SessionContext';
import { SettingsFormDialog } from './SettingsFormDialog';
import { useDialogForm } from './useDialogForm';
import { useSettingsMessages } from './useSettingsMessages';

export type PriorityAreaDialogProps = {
  /** The area to edit, or null for a new one. */
  area: PriorityAreaEntity | null;
  onClose: () => void;
};

/** Name, description and keywords (word stems) of a priority area. */
export function PriorityAreaDialog({ area, onClose }: PriorityAreaDialogProps) {
  const { t } = useTranslation();
  const actorId = useActorId();
  const { codeMessage } = useSettingsMessages();
  const { input, errors, saveError, isSaving, update, handleSubmit } = useDialogForm<
    PriorityAreaInput,
    PriorityAreaErrors
  >(
    area ? priorityAreaToInput(area) : EMPTY_PRIORITY_AREA_INPUT,
    validatePriorityAreaInput,
    (value) =>
      area ? updatePriorityArea(area.id, value, actorId) : createPriorityArea(value, actorId),
    onClose,
  );

  const title = area
    ? t('settingsEdit.priorityAreas.editTitle', { name: area.name })
    : t('settingsEdit.priorityAreas.newTitle');

  return (
    <SettingsFormDialog
      title={title}
      isSaving={isSaving}
      saveError={saveError}
      onSubmit={handleSubmit}
      onClose={onClose}
    >
      <TextField
        label={t('settingsEdit.priorityAreas.name')}
        value={input.name}
        maxLength={PRIORITY_AREA_NAME_MAX}
        isRequired
        requiredText={t('common.required')}
        error={codeMessage(errors.name)}
        autoFocus
        onChange={(event) => update({ name: event.target.value })}
      />
      <TextAreaField
        label={t('settingsEdit.priorityAreas.description')}
        value={input.description}
        maxLength={PRIORITY_AREA_DESCRIPTION_MAX}
        rows={3}
        error={codeMessage(errors.description)}
        onChange={(event) => update({ description: event.target.value })}
      />
      <TextField
        label={t('settingsEdit.priorityAreas.keywords')}
        value={input.keywords}
        hint={t('settingsEdit.priorityAreas.keywordsHint')}
        error={codeMessage(errors.keywords)}
        onChange={(event) => update({ keywords: event.target.value })}
      />
    </SettingsFormDialog>
  );
}
