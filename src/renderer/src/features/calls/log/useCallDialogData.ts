import { useLiveQuery } from 'dexie-react-hooks';
import { contactPersonsOf } from '../../contacts/data/contactPersonRepository';
import { openInquiriesOf } from '../../inquiries/data/inquiryRepository';
import type { ContactPersonEntity, InquiryEntity } from '../../../domain/entities';

/** The picked organisation's active contact persons and open inquiries, for the dialog's selects. */
export function useCallDialogData(organisationId: string | null): {
  people: ContactPersonEntity[];
  inquiries: InquiryEntity[];
} {
  const people = useLiveQuery(
    async () =>
      organisationId
        ? (await contactPersonsOf(organisationId)).filter((p) => p.status === 'active')
        : [],
    [organisationId],
  );
  const inquiries = useLiveQuery(
    async () => (organisationId ? openInquiriesOf(organisationId) : []),
    [organisationId],
  );
  return { people: people ?? [], inquiries: inquiries ?? [] };
}
