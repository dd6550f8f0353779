import type { ContactPersonEntity } from '../../../domain/entities';
import type { ExportColumn } from './exportTable';

/** A contact person with the name of the organisation they belong to. */
export type ContactPersonExportRow = ContactPersonEntity & { organisationName: string };

/** The columns of the "Kontaktpersoner" sheet in a full export. */
export const CONTACT_PERSON_COLUMNS = [
  { id: 'name', kind: 'text', value: (row: ContactPersonExportRow) => row.name },
  { id: 'organisation', kind: 'text', value: (row) => row.organisationName },
  { id: 'role', kind: 'text', value: (row) => row.role },
  { id: 'phone', kind: 'text', value: (row) => row.phone },
  { id: 'email', kind: 'text', value: (row) => row.email },
  {
    id: 'isPrimary',
    kind: 'text',
    value: (row, labels) => (row.isPrimary ? labels.yesNo.yes : labels.yesNo.no),
  },
  { id: 'status', kind: 'text', value: (row, labels) => labels.statuses[row.status] },
  { id: 'note', kind: 'text', value: (row) => row.note },
] as const satisfies readonly ExportColumn<ContactPersonExportRow>[];
