import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField, TextField } from '../../../ui/Field';
import type { CallFieldsProps } from './fieldProps';
import { useCallDialogData } from './useCallDialogData';

/** Who was on the line and which inquiry the call belongs to (or starts). */
export function OrganisationLinks({ form, update, errorOf }: CallFieldsProps) {
  const { t } = useTranslation();
  const { people, inquiries } = useCallDialogData(
    form.isNewOrganisation ? null : form.organisationId,
  );
  const hasOrganisation = Boolean(form.organisationId) || form.isNewOrganisation;
  if (!hasOrganisation) return null;

  return (
    <div className="call-form__grid">
      <SelectField
        label={t('callLog.contact')}
        value={form.contactChoice}
        options={[
          { value: '', label: t('callLog.noContact') },
          ...people.map((person) => ({
            value: person.id,
            label: `${person.name}${person.role ? `, ${person.role}` : ''}${person.isPrimary ? ` (${t('contacts.primaryBadge')})` : ''}`,
          })),
          { value: 'new', label: t('callLog.newContact') },
        ]}
        onChange={(event) => update({ contactChoice: event.target.value })}
      />
      <SelectField
        label={t('callLog.inquiry')}
        value={form.inquiryChoice}
        options={[
          { value: '', label: t('callLog.noInquiry') },
          ...inquiries.map((inquiry) => ({ value: inquiry.id, label: inquiry.title })),
          { value: 'new', label: t('callLog.newInquiry') },
        ]}
        onChange={(event) => update({ inquiryChoice: event.target.value })}
      />
      {form.contactChoice === 'new' ? (
        <>
          <TextField
            label={t('callLog.newContactName')}
            value={form.newContactName}
            error={errorOf('contact')}
            onChange={(event) => update({ newContactName: event.target.value })}
          />
          <TextField
            label={t('contacts.phone')}
            type="tel"
            value={form.newContactPhone}
            onChange={(event) => update({ newContactPhone: event.target.value })}
          />
        </>
      ) : null}
      {form.inquiryChoice === 'new' ? (
        <>
          <TextField
            label={t('callLog.inquiryTitle')}
            value={form.inquiryTitle}
            error={errorOf('inquiry')}
            onChange={(event) => update({ inquiryTitle: event.target.value })}
          />
          <TextAreaField
            label={t('callLog.inquiryOffer')}
            rows={2}
            value={form.inquiryOffer}
            onChange={(event) => update({ inquiryOffer: event.target.value })}
          />
        </>
      ) : null}
    </div>
  );
}
