import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { decideHandoff } from '../data/pipelineRepository';
import {
  HANDOFF_PATHS,
  type InquiryEntity,
  type OrganisationEntity,
  type UnitEntity,
} from '../../../domain/entities';
import { assessDirectProcurement } from '../model/procurementRules';
import { todayIso } from '../../../lib/dates';
import { TextAreaField } from '../../../ui/Field';
import { Notice } from '../../../ui/Notice';
import { InquiryDraftNotice } from './InquiryDraftNotice';
import { useActorId, useReadySession } from '../../../session/SessionContext';
import {
  handoffDraftKey,
  handoffFormOf,
  handoffInputOf,
  sanitizeHandoffForm,
  validateHandoff,
} from './handoffFormState';
import { HandoffCommonFields } from './HandoffCommonFields';
import { IopChecklist } from './IopChecklist';
import { ProcurementAssessment } from './ProcurementAssessment';
import { RadioGroup } from '../../../ui/RadioGroup';
import { useUnits } from './useInquiryData';
import { useFormDraft } from './useFormDraft';
import { focusFirstInvalid, submitOnCtrlEnter, useInquiryErrorMessage } from './useInquiryMessages';
import { FormActions } from '../../../ui/FormActions';

const NO_UNITS: UnitEntity[] = [];

export type HandoffFormProps = {
  inquiry: InquiryEntity;
  organisation: OrganisationEntity | null;
};

/** The handoff decision: a path, its own checks (shown live), and the record of who decided. */
export function HandoffForm({ inquiry, organisation }: HandoffFormProps) {
  const { t } = useTranslation();
  const actorId = useActorId();
  const { settings, navigator } = useReadySession();
  const toMessage = useInquiryErrorMessage();
  const loadedUnits = useUnits();
  const units = loadedUnits ?? NO_UNITS;
  const today = todayIso();
  // Until the user types, the form follows this, so the unit's contact appears once units load.
  const initial = useMemo(
    () => handoffFormOf(inquiry, today, navigator.name, units),
    [inquiry, today, navigator.name, units],
  );
  const draft = useFormDraft(handoffDraftKey(inquiry.id), initial, sanitizeHandoffForm);
  const [isSubmitted, setIsSubmitted] = useState(false);
  const [isSaving, setIsSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const { form, update } = draft;
  if (!form) return null;

  const { thresholds } = settings;
  const canReserve = organisation?.ideaRegistration === 'yes';
  const allErrors = validateHandoff(form, inquiry.estimatedYearlyValue, thresholds);
  const errors = isSubmitted ? allErrors : {};

  const handleSubmit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (isSaving) return;
    setIsSubmitted(true);
    setSaveError(null);
    if (allErrors.procurement) {
      const assessment = assessDirectProcurement(inquiry.estimatedYearlyValue, thresholds, null);
      if (!assessment.allowed) setSaveError(t(`errors.handoff.${assessment.reason}`));
    }
    if (Object.keys(allErrors).length > 0 || form.path === '') return focusFirstInvalid();
    setIsSaving(true);
    try {
      await decideHandoff(
        inquiry.id,
        handoffInputOf({ ...form, path: form.path }, canReserve),
        actorId,
      );
      await draft.clear();
    } catch (error) {
      setSaveError(toMessage(error));
      setIsSaving(false);
    }
  };

  return (
    <form
      className="inquiry-form"
      onSubmit={handleSubmit}
      onKeyDown={submitOnCtrlEnter(() => void handleSubmit())}
      noValidate
      aria-labelledby="inquiry-handoff-title"
    >
      <InquiryDraftNotice restoredAt={draft.restoredAt} onDiscard={() => void draft.discard()} />
      <RadioGroup
        legend={t('inquiry.handoff.path')}
        value={form.path}
        options={HANDOFF_PATHS.map((path) => ({
          value: path,
          label: t(`inquiry.handoff.paths.${path}`),
        }))}
        error={errors.path ? t('inquiry.handoff.pathRequired') : undefined}
        onChange={(path) => {
          setSaveError(null);
          update({ path });
        }}
      />
      {form.path === 'direktupphandling' ? (
        <>
          <ProcurementAssessment value={inquiry.estimatedYearlyValue} thresholds={thresholds} />
          {canReserve ? (
            <div className="field">
              <label className="checkbox">
                <input
                  type="checkbox"
                  aria-describedby="reserved-procurement-hint"
                  checked={form.reservedProcurement}
                  onChange={(event) => update({ reservedProcurement: event.target.checked })}
                />
                {t('inquiry.handoff.reservedProcurement')}
              </label>
              <p id="reserved-procurement-hint" className="field__hint">
                {t('inquiry.handoff.reservedProcurementHint')}
              </p>
            </div>
          ) : null}
        </>
      ) : null}
      {form.path === 'iop' ? (
        <IopChecklist
          checklist={form.iopChecklist}
          onChange={(iopChecklist) => update({ iopChecklist })}
          riskComment={form.riskComment}
          onRiskCommentChange={(riskComment) => update({ riskComment })}
          riskCommentError={errors.riskComment ? t('inquiry.iop.riskCommentMissing') : undefined}
        />
      ) : null}
      {form.path === 'avslutat' ? (
        <TextAreaField
          label={t('inquiry.handoff.closeReason')}
          isRequired
          requiredText={t('common.required')}
          rows={2}
          value={form.closeReason}
          error={errors.closeReason ? t('errors.closeReasonRequired') : undefined}
          onChange={(event) => update({ closeReason: event.target.value })}
        />
      ) : null}
      <HandoffCommonFields form={form} update={update} errors={errors} units={units} />
      {saveError ? <Notice tone="error">{saveError}</Notice> : null}
      <FormActions
        submitLabel={t('inquiry.handoff.save')}
        isSaving={isSaving}
        savingLabel={t('common.saving')}
        keyShortcut="Control+Enter"
      />
    </form>
  );
}
