import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createContactPerson, updateContactPerson } from './data/contactPersonRepository';
import {
  EMPTY_CONTACT_PERSON_INPUT,
  validateContactPersonInput,
  type ContactPersonInput,
} from './model/contactPersonInput';
import type { ContactPersonEntity } from '../../domain/entities';
import { formatDateTime } from '../../lib/dates';
import { Dialog } from '../../ui/Dialog';
import { TextAreaField, TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { useDraft } from '../../drafts/useDraft';
import { useActorId } from '../../session/SessionContext';
import { useErrorMessage } from '../../session/useErrorMessage';
import { FormActions } from '../../ui/FormActions';
import { useLeaveUnsaved } from '../../drafts/useLeaveUnsaved';

export type ContactPersonDialogProps = {
  organisationId: string;
  person: ContactPersonEntity | null;
  onClose: () => void;
};

function sanitize(raw: unknown): ContactPersonInput | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const value = raw as Record<string, unknown>;
  const text = (key: string) => (typeof value[key] === 'string' ? (value[key] as string) : '');
  return {
    name: text('name'),
    role: text('role'),
    phone: text('phone'),
    email: text('email'),
    note: text('note'),
    isPrimary: value.isPrimary === true,
  };
}

export function ContactPersonDialog({ organisationId, person, onClose }: ContactPersonDialogProps) {
  const { t } = useTranslation();
  const actorId = useActorId();
  const toMessage = useErrorMessage();
  const initial = useMemo<ContactPersonInput>(
    () =>
      person
        ? {
            name: person.name,
            role: person.role,
            phone: person.phone,
            email: person.email,
            note: person.note,
            isPrimary: person.isPrimary,
          }
        : EMPTY_CONTACT_PERSON_INPUT,
    [person],
  );
  const draft = useDraft(
    `contactPerson:${person?.id ?? `new:${organisationId}`}`,
    initial,
    sanitize,
  );
  const [isSubmitted, setIsSubmitted] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const [mayLeave, confirmDialog] = useLeaveUnsaved();
  const values = draft.value;

  // Escape or Avbryt with typed text asks first; nothing is thrown away silently.
  const handleClose = async () => {
    if (!(await mayLeave(draft.isDirty))) return;
    void draft.discard();
    onClose();
  };

  const title = person ? t('contacts.edit') : t('contacts.add');
  if (!values)
    return (
      <Dialog title={title} isOpen onClose={onClose}>
        {null}
      </Dialog>
    );

  const validation = validateContactPersonInput(values);
  const errorOf = (field: keyof ContactPersonInput) => {
    const code = isSubmitted && !validation.ok ? validation.errors[field] : undefined;
    return code ? t(`errors.${code}` as 'errors.invalid') : undefined;
  };
  const bind = (field: 'name' | 'role' | 'phone' | 'email') => ({
    value: values[field],
    error: errorOf(field),
    onChange: (event: { target: { value: string } }) =>
      draft.setValue((previous) => ({ ...previous, [field]: event.target.value })),
  });

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (isSaving) return;
    setIsSubmitted(true);
    if (!validation.ok) return;
    setIsSaving(true);
    try {
      if (person) await updateContactPerson(person.id, values, actorId);
      else await createContactPerson(organisationId, values, actorId);
      await draft.clear();
      onClose();
    } catch (error) {
      setSaveError(toMessage(error));
      setIsSaving(false);
    }
  };

  return (
    <>
      <Dialog title={title} isOpen onClose={() => void handleClose()}>
        <form onSubmit={handleSubmit} noValidate className="dialog__form">
          {draft.restoredAt ? (
            <Notice tone="info">
              {t('organisation.draftRestored', { time: formatDateTime(draft.restoredAt) })}
            </Notice>
          ) : null}
          <TextField
            label={t('contacts.name')}
            isRequired
            requiredText={t('common.required')}
            autoFocus
            autoComplete="off"
            {...bind('name')}
          />
          <TextField label={t('contacts.role')} {...bind('role')} />
          <TextField label={t('contacts.phone')} type="tel" {...bind('phone')} />
          <TextField label={t('contacts.email')} type="email" {...bind('email')} />
          <TextAreaField
            label={t('contacts.note')}
            hint={t('contacts.noteHint')}
            rows={3}
            value={values.note}
            error={errorOf('note')}
            onChange={(event) =>
              draft.setValue((previous) => ({ ...previous, note: event.target.value }))
            }
          />
          <label className="checkbox">
            <input
              type="checkbox"
              checked={values.isPrimary}
              onChange={(event) =>
                draft.setValue((previous) => ({ ...previous, isPrimary: event.target.checked }))
              }
            />
            {t('contacts.isPrimary')}
          </label>
          {saveError ? <Notice tone="error">{saveError}</Notice> : null}
          <FormActions
            submitLabel={t('common.save')}
            isSaving={isSaving}
            onCancel={() => void handleClose()}
            cancelLabel={t('common.cancel')}
          />
        </form>
      </Dialog>
      {confirmDialog}
    </>
  );
}
