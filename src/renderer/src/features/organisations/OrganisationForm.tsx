import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { createOrganisation, updateOrganisation } from './data/organisationRepository';
import { isDomainError } from '../../domain/domainError';
import { IDEA_REGISTRATIONS, LEGAL_FORMS, type OrganisationEntity } from '../../domain/entities';
import { validateOrganisationInput, type OrganisationInput } from './model/organisationInput';
import { parseOrgNumber } from '../../domain/orgNumber';
import { formatDateTime } from '../../lib/dates';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { Notice } from '../../ui/Notice';
import { useDraft } from '../../drafts/useDraft';
import { useActorId } from '../../session/SessionContext';
import { useErrorMessage } from '../../session/useErrorMessage';
import { organisationDraftKey, sanitizeOrganisationDraft } from './organisationDraft';
import { useFieldMessage } from './useFieldMessage';
import { useSimilarOrganisations } from './useSimilarOrganisations';
import { DraftNotice } from '../../ui/DraftNotice';
import { FormActions } from '../../ui/FormActions';
import { useLeaveUnsaved } from '../../drafts/useLeaveUnsaved';

export type OrganisationFormProps = {
  organisation: OrganisationEntity | null;
  initial: OrganisationInput | undefined;
};

export function OrganisationForm({ organisation, initial }: OrganisationFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const actorId = useActorId();
  const toMessage = useErrorMessage();
  const fieldMessage = useFieldMessage();
  const draft = useDraft(
    organisationDraftKey(organisation?.id),
    initial,
    sanitizeOrganisationDraft,
  );
  const [touched, setTouched] = useState<Set<keyof OrganisationInput>>(new Set());
  const [isSubmitted, setIsSubmitted] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [takenError, setTakenError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const isSavingRef = useRef(false);
  const [mayLeave, confirmDialog] = useLeaveUnsaved();
  const similar = useSimilarOrganisations(draft.value?.name ?? '', organisation?.id);

  const values = draft.value;
  if (!values) return <Loading label={t('app.loading')} />;

  const validation = validateOrganisationInput(values);
  const errors = validation.ok ? {} : validation.errors;
  const shows = (field: keyof OrganisationInput) => isSubmitted || touched.has(field);
  const errorOf = (field: keyof OrganisationInput) =>
    shows(field) && errors[field] ? fieldMessage(errors[field], values) : undefined;
  const warningOf = (field: keyof OrganisationInput) =>
    shows(field) && validation.warnings[field]
      ? fieldMessage(validation.warnings[field], values)
      : undefined;

  const update = (patch: Partial<OrganisationInput>) => {
    if ('orgNumber' in patch) setTakenError(null);
    draft.setValue((previous) => ({ ...previous, ...patch }));
  };
  const bind = (field: keyof OrganisationInput) => ({
    value: values[field],
    error: errorOf(field),
    onChange: (event: { target: { value: string } }) => update({ [field]: event.target.value }),
    onBlur: () => setTouched((previous) => new Set(previous).add(field)),
  });

  const parsedNumber = parseOrgNumber(values.orgNumber);
  const groupHint = parsedNumber.ok
    ? t('organisation.orgNumberGroup', { group: t(`orgGroup.${parsedNumber.group}`) })
    : null;

  const handleSubmit = async (event?: FormEvent) => {
    event?.preventDefault();
    // One save at a time: a held Ctrl+Enter or a double click must not create two organisations.
    if (isSavingRef.current) return;
    setIsSubmitted(true);
    setSaveError(null);
    if (!validation.ok) {
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    isSavingRef.current = true;
    setIsSaving(true);
    try {
      const saved = organisation
        ? await updateOrganisation(organisation.id, values, actorId)
        : await createOrganisation(values, actorId);
      await draft.clear();
      void navigate(`/organisationer/${saved.id}`, { replace: !organisation });
    } catch (error) {
      if (isDomainError(error) && error.code === 'orgNumberTaken') setTakenError(toMessage(error));
      else setSaveError(t('organisation.saveFailed', { message: toMessage(error) }));
      isSavingRef.current = false;
      setIsSaving(false);
    }
  };

  const handleCancel = async () => {
    if (!(await mayLeave(draft.isDirty))) return;
    await draft.discard();
    void navigate(organisation ? `/organisationer/${organisation.id}` : '/organisationer');
  };

  // Ctrl+Enter saves from any field, as in the call dialog.
  const handleKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.repeat) {
      event.preventDefault();
      void handleSubmit();
    }
  };

  const title = organisation
    ? t('organisation.editTitle', { name: organisation.name })
    : t('organisation.newTitle');

  return (
    <form
      className="page form"
      onSubmit={handleSubmit}
      onKeyDown={handleKeyDown}
      noValidate
      aria-label={title}
    >
      <div className="page__header">
        <h1>{title}</h1>
      </div>
      {draft.restoredAt ? (
        <DraftNotice
          message={t('organisation.draftRestored', { time: formatDateTime(draft.restoredAt) })}
          discardLabel={t('organisation.discardDraft')}
          onDiscard={() => void draft.discard()}
        />
      ) : null}
      <div className="form__grid">
        <TextField
          label={t('organisation.name')}
          isRequired
          requiredText={t('common.required')}
          autoFocus
          warning={
            similar.length > 0 ? (
              <>
                {t('organisation.similarWarning')}{' '}
                {similar.map((match) => (
                  <Link key={match.id} to={`/organisationer/${match.id}`} className="similar-link">
                    {match.name}
                    {match.orgNumber ? ` (${match.orgNumber})` : ''}
                  </Link>
                ))}
              </>
            ) : undefined
          }
          {...bind('name')}
        />
        <SelectField
          label={t('organisation.legalForm')}
          options={LEGAL_FORMS.map((form) => ({ value: form, label: t(`legalForm.${form}`) }))}
          {...bind('legalForm')}
        />
        <TextField
          label={t('organisation.orgNumber')}
          hint={groupHint ?? t('organisation.orgNumberHint')}
          inputMode="numeric"
          warning={warningOf('orgNumber')}
          {...bind('orgNumber')}
          error={takenError ?? errorOf('orgNumber')}
        />
        <SelectField
          label={t('ideaRegistration.label')}
          options={IDEA_REGISTRATIONS.map((value) => ({
            value,
            label: t(`ideaRegistration.${value}`),
          }))}
          {...bind('ideaRegistration')}
        />
        <TextField
          label={t('organisation.street')}
          autoComplete="street-address"
          {...bind('street')}
        />
        <div className="form__pair">
          <TextField
            label={t('organisation.postalCode')}
            inputMode="numeric"
            {...bind('postalCode')}
          />
          <TextField label={t('organisation.city')} {...bind('city')} />
        </div>
        <TextField label={t('organisation.district')} {...bind('district')} />
        <TextField label={t('organisation.municipality')} {...bind('municipality')} />
        <TextField label={t('organisation.phone')} type="tel" {...bind('phone')} />
        <TextField label={t('organisation.email')} type="email" {...bind('email')} />
        <TextField label={t('organisation.website')} type="url" {...bind('website')} />
        <TextField
          label={t('organisation.tags')}
          hint={t('organisation.tagsHint')}
          {...bind('tags')}
        />
      </div>
      <TextAreaField label={t('organisation.note')} rows={4} {...bind('note')} />
      {saveError ? <Notice tone="error">{saveError}</Notice> : null}
      <FormActions
        submitLabel={t('common.save')}
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
