import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { setOutcome } from '../data/pipelineRepository';
import { HANDOFF_OUTCOMES, type Handoff, type InquiryEntity } from '../../../domain/entities';
import { parseAmount } from '../model/inquiryInput';
import { isIsoDate, todayIso } from '../../../lib/dates';
import { TextAreaField, TextField } from '../../../ui/Field';
import { Notice } from '../../../ui/Notice';
import { InquiryDraftNotice } from './InquiryDraftNotice';
import { useActorId } from '../../../session/SessionContext';
import { FollowUpDates } from './FollowUpDates';
import {
  emptyOutcomeForm,
  hasOutcomeErrors,
  outcomeDraftKey,
  outcomeInputOf,
  sanitizeOutcomeForm,
  validateOutcome,
} from './outcomeFormState';
import { ProcurementAssessment } from './ProcurementAssessment';
import { RadioGroup } from '../../../ui/RadioGroup';
import { useFormDraft } from './useFormDraft';
import { focusFirstInvalid, submitOnCtrlEnter, useInquiryErrorMessage } from './useInquiryMessages';
import { FormActions } from '../../../ui/FormActions';

export type OutcomeFormProps = { inquiry: InquiryEntity; handoff: Handoff };

/** Records how the handoff went; a signed agreement's follow-up dates become follow-ups. */
export function OutcomeForm({ inquiry, handoff }: OutcomeFormProps) {
  const { t } = useTranslation();
  const actorId = useActorId();
  const toMessage = useInquiryErrorMessage();
  const today = todayIso();
  const initial = useMemo(() => emptyOutcomeForm(today), [today]);
  const draft = useFormDraft(outcomeDraftKey(inquiry.id), initial, sanitizeOutcomeForm);
  const [isSubmitted, setIsSubmitted] = useState(false);
  const [isSaving, setIsSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const { form, update } = draft;
  if (!form) return null;

  const allErrors = validateOutcome(form);
  const errors = isSubmitted ? allErrors : { fields: {}, followUps: [] };
  const errorOf = (field: keyof typeof allErrors.fields) => {
    const key = errors.fields[field];
    return key ? t(key) : undefined;
  };
  const bindDate = (field: 'decidedAt' | 'agreementStart' | 'agreementEnd' | 'signedAt') => ({
    type: 'date',
    value: form[field],
    error: errorOf(field),
    onChange: (event: { target: { value: string } }) => update({ [field]: event.target.value }),
  });
  const isSigned = form.kind === 'avtal_tecknat';
  const agreementValue = parseAmount(form.value);

  const handleSubmit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (isSaving) return;
    setIsSubmitted(true);
    setSaveError(null);
    if (hasOutcomeErrors(allErrors) || form.kind === '') return focusFirstInvalid();
    setIsSaving(true);
    try {
      await setOutcome(inquiry.id, outcomeInputOf({ ...form, kind: form.kind }), actorId);
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
      aria-labelledby="inquiry-outcome-title"
    >
      <InquiryDraftNotice restoredAt={draft.restoredAt} onDiscard={() => void draft.discard()} />
      <RadioGroup
        legend={t('inquiry.outcome.kind')}
        value={form.kind}
        options={HANDOFF_OUTCOMES.map((kind) => ({
          value: kind,
          label: t(`inquiry.outcome.kinds.${kind}`),
        }))}
        error={errorOf('kind')}
        onChange={(kind) => update({ kind })}
      />
      <div className="form__grid">
        <TextField label={t('inquiry.outcome.decidedAt')} {...bindDate('decidedAt')} />
        {isSigned ? (
          <>
            <TextField
              label={t('inquiry.outcome.value')}
              isRequired
              requiredText={t('common.required')}
              inputMode="numeric"
              value={form.value}
              error={errorOf('value')}
              onChange={(event) => update({ value: event.target.value })}
            />
            <TextField
              label={t('inquiry.outcome.signedAt')}
              isRequired
              requiredText={t('common.required')}
              {...bindDate('signedAt')}
            />
            <TextField label={t('inquiry.outcome.periodStart')} {...bindDate('agreementStart')} />
            <TextField label={t('inquiry.outcome.periodEnd')} {...bindDate('agreementEnd')} />
          </>
        ) : null}
      </div>
      {isSigned && handoff.path === 'direktupphandling' && agreementValue !== null ? (
        <ProcurementAssessment
          value={Number.isNaN(agreementValue) ? null : agreementValue}
          thresholds={handoff.thresholdsAtDecision}
          signedAt={isIsoDate(form.signedAt) ? form.signedAt : null}
          showLimits={false}
        />
      ) : null}
      {isSigned ? (
        <FollowUpDates
          dates={form.followUpDates}
          invalid={errors.followUps}
          onChange={(followUpDates) => update({ followUpDates })}
        />
      ) : null}
      <TextAreaField
        label={t('inquiry.outcome.note')}
        rows={3}
        value={form.note}
        onChange={(event) => update({ note: event.target.value })}
      />
      {saveError ? <Notice tone="error">{saveError}</Notice> : null}
      <FormActions
        submitLabel={t('inquiry.outcome.save')}
        isSaving={isSaving}
        savingLabel={t('common.saving')}
        keyShortcut="Control+Enter"
      />
    </form>
  );
}
