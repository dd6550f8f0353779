import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { updateInquiryDetails } from '../data/pipelineRepository';
import {
  INITIATIVE_SOURCES,
  INQUIRY_CHANNELS,
  type ContactPersonEntity,
  type InquiryChannel,
  type InquiryEntity,
  type NavigatorEntity,
} from '../../../domain/entities';
import { parseAmount } from '../model/inquiryInput';
import { SelectField, TextAreaField, TextField } from '../../../ui/Field';
import { Notice } from '../../../ui/Notice';
import { InquiryDraftNotice } from './InquiryDraftNotice';
import { useActorId } from '../../../session/SessionContext';
import {
  detailsDraftKey,
  detailsFormOf,
  sanitizeDetailsForm,
  validateDetails,
  type DetailsForm,
} from './detailsForm';
import { RadioGroup } from '../../../ui/RadioGroup';
import { useFormDraft } from './useFormDraft';
import {
  focusFirstInvalid,
  submitOnCtrlEnter,
  useFormatKr,
  useInquiryErrorMessage,
} from './useInquiryMessages';
import { FormActions } from '../../../ui/FormActions';
import { useLeaveUnsaved } from '../../../drafts/useLeaveUnsaved';

export type InquiryDetailsFormProps = {
  inquiry: InquiryEntity;
  people: ContactPersonEntity[];
  navigators: NavigatorEntity[];
  onDone: () => void;
};

/** Edits the inquiry's own facts; typed text is kept as a draft until saved or thrown away. */
export function InquiryDetailsForm({
  inquiry,
  people,
  navigators,
  onDone,
}: InquiryDetailsFormProps) {
  const { t } = useTranslation();
  const actorId = useActorId();
  const toMessage = useInquiryErrorMessage();
  const formatKr = useFormatKr();
  const initial = useMemo(() => detailsFormOf(inquiry), [inquiry]);
  const draft = useFormDraft(detailsDraftKey(inquiry.id), initial, sanitizeDetailsForm);
  const [isSubmitted, setIsSubmitted] = useState(false);
  const [isSaving, setIsSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [mayLeave, confirmDialog] = useLeaveUnsaved();
  const { form, update } = draft;
  if (!form) return null;

  const validation = validateDetails(form);
  const errorOf = (field: keyof DetailsForm) => {
    const code = isSubmitted && !validation.ok ? validation.errors[field] : undefined;
    if (code === 'required') return t('inquiry.titleRequired');
    return code === 'amount' ? t('inquiry.amountInvalid') : undefined;
  };
  const bind = (field: 'title' | 'targetGroup' | 'diarienummer' | 'value') => ({
    value: form[field],
    error: errorOf(field),
    onChange: (event: { target: { value: string } }) => update({ [field]: event.target.value }),
  });
  const parsedValue = parseAmount(form.value);

  const handleSubmit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (isSaving) return;
    setIsSubmitted(true);
    setSaveError(null);
    if (!validation.ok) return focusFirstInvalid();
    setIsSaving(true);
    try {
      await updateInquiryDetails(inquiry.id, validation.input, actorId);
      await draft.clear();
      onDone();
    } catch (error) {
      setSaveError(toMessage(error));
      setIsSaving(false);
    }
  };

  const handleCancel = async () => {
    if (!(await mayLeave(draft.isDirty))) return;
    await draft.discard();
    onDone();
  };

  // People and navigators no longer active stay selectable while they are the current choice.
  const personOptions = people.filter(
    (person) => person.status === 'active' || person.id === inquiry.contactPersonId,
  );
  const navigatorOptions = navigators.filter(
    (navigator) => navigator.isActive || navigator.id === inquiry.responsibleNavigatorId,
  );
  const none = { value: '', label: t('inquiry.none') };

  return (
    <form
      className="inquiry-form"
      onSubmit={handleSubmit}
      onKeyDown={submitOnCtrlEnter(() => void handleSubmit())}
      noValidate
      aria-label={t('inquiry.details.editLabel')}
    >
      <InquiryDraftNotice restoredAt={draft.restoredAt} onDiscard={() => void draft.discard()} />
      <TextField
        label={t('inquiry.details.inquiryTitle')}
        isRequired
        requiredText={t('common.required')}
        autoFocus
        {...bind('title')}
      />
      <TextAreaField
        label={t('inquiry.details.offer')}
        rows={3}
        value={form.offer}
        onChange={(event) => update({ offer: event.target.value })}
      />
      <div className="form__grid">
        <TextField label={t('inquiry.details.targetGroup')} {...bind('targetGroup')} />
        <SelectField
          label={t('inquiry.details.channel')}
          value={form.channel}
          options={INQUIRY_CHANNELS.map((channel) => ({
            value: channel,
            label: t(`inquiry.details.channels.${channel}`),
          }))}
          onChange={(event) => update({ channel: event.target.value as InquiryChannel })}
        />
        <TextField
          label={t('inquiry.details.value')}
          inputMode="numeric"
          hint={
            parsedValue !== null && !Number.isNaN(parsedValue)
              ? t('inquiry.details.valueParsed', { amount: formatKr(parsedValue) })
              : t('inquiry.details.valueHint')
          }
          {...bind('value')}
        />
        <TextField label={t('inquiry.details.diarienummer')} {...bind('diarienummer')} />
        <SelectField
          label={t('inquiry.details.navigator')}
          value={form.responsibleNavigatorId}
          options={[none, ...navigatorOptions.map((n) => ({ value: n.id, label: n.name }))]}
          onChange={(event) => update({ responsibleNavigatorId: event.target.value })}
        />
        <SelectField
          label={t('inquiry.details.contactPerson')}
          value={form.contactPersonId}
          options={[none, ...personOptions.map((p) => ({ value: p.id, label: p.name }))]}
          onChange={(event) => update({ contactPersonId: event.target.value })}
        />
      </div>
      <RadioGroup
        legend={t('inquiry.details.initiative')}
        value={form.initiative}
        isInline
        options={INITIATIVE_SOURCES.map((source) => ({
          value: source,
          label: t(`inquiry.details.initiatives.${source}`),
        }))}
        onChange={(initiative) => update({ initiative })}
      />
      {saveError ? <Notice tone="error">{saveError}</Notice> : null}
      <FormActions
        submitLabel={t('inquiry.details.save')}
        isSaving={isSaving}
        savingLabel={t('common.saving')}
        keyShortcut="Control+Enter"
        onCancel={() => void handleCancel()}
        cancelLabel={t('common.cancel')}
      />
      {confirmDialog}
    </form>
  );
}
