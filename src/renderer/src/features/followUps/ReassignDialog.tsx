import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DueFollowUp } from './data/followUpQueries';
import { reassignFollowUp } from './data/followUpRepository';
import type { NavigatorEntity } from '../../domain/entities';
import { Dialog } from '../../ui/Dialog';
import { SelectField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { useActorId } from '../../session/SessionContext';
import { useErrorMessage } from '../../session/useErrorMessage';
import { FormActions } from '../../ui/FormActions';

export type ReassignDialogProps = {
  followUp: DueFollowUp;
  /** Everyone on this machine; the active ones other than the current assignee are offered. */
  navigators: NavigatorEntity[];
  onClose: () => void;
};

/** "Ge till…": hands the follow-up to another navigator. */
export function ReassignDialog({ followUp, navigators, onClose }: ReassignDialogProps) {
  const { t } = useTranslation();
  const actorId = useActorId();
  const toMessage = useErrorMessage();
  const candidates = navigators.filter(
    (navigator) => navigator.isActive && navigator.id !== followUp.navigatorId,
  );
  const [navigatorId, setNavigatorId] = useState(candidates[0]?.id ?? '');
  const [saveError, setSaveError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const name = followUp.organisationName || t('today.unknownOrganisation');

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (isSaving || !navigatorId) return;
    setIsSaving(true);
    try {
      await reassignFollowUp(followUp.id, navigatorId, actorId);
      onClose();
    } catch (error) {
      setSaveError(toMessage(error));
      setIsSaving(false);
    }
  };

  return (
    <Dialog title={t('today.reassignDialog.title', { name })} isOpen onClose={onClose}>
      <form onSubmit={handleSubmit} noValidate className="dialog__form">
        <p className="followup__step">{followUp.nextStep}</p>
        {candidates.length === 0 ? (
          <p className="muted">{t('today.reassignDialog.noOthers')}</p>
        ) : (
          <SelectField
            label={t('today.reassignDialog.navigator')}
            value={navigatorId}
            autoFocus
            options={candidates.map((navigator) => ({
              value: navigator.id,
              label: `${navigator.name} (${navigator.initials})`,
            }))}
            onChange={(event) => setNavigatorId(event.target.value)}
          />
        )}
        {saveError ? <Notice tone="error">{saveError}</Notice> : null}
        <FormActions
          submitLabel={t('today.reassignDialog.submit')}
          isSaving={isSaving}
          isDisabled={candidates.length === 0}
          onCancel={onClose}
          cancelLabel={t('common.cancel')}
        />
      </form>
    </Dialog>
  );
}
