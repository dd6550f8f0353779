import type { OrganisationEntity } from '../../../domain/entities';
import type { ExportColumn } from './exportTable';
import { localDateOf } from './localTime';

/** Every column an organisation can be exported with. */
export const ORGANISATION_COLUMNS = [
  { id: 'name', kind: 'text', value: (row: OrganisationEntity) => row.name },
  { id: 'orgNumber', kind: 'text', value: (row) => row.orgNumber ?? '' },
  { id: 'legalForm', kind: 'text', value: (row, labels) => labels.legalForms[row.legalForm] },
  { id: 'district', kind: 'text', value: (row) => row.district },
  { id: 'lastContacted', kind: 'date', value: (row) => localDateOf(row.lastContactedAt) },
  {
    id: 'ideaRegistration',
    kind: 'text',
    value: (row, labels) => labels.ideaRegistrations[row.ideaRegistration],
  },
  { id: 'municipality', kind: 'text', value: (row) => row.municipality },
  { id: 'street', kind: 'text', value: (row) => row.address.street },
  { id: 'postalCode', kind: 'text', value: (row) => row.address.postalCode },
  { id: 'city', kind: 'text', value: (row) => row.address.city },
  { id: 'phone', kind: 'text', value: (row) => row.phone },
  { id: 'email', kind: 'text', value: (row) => row.email },
  { id: 'website', kind: 'text', value: (row) => row.website },
  { id: 'tags', kind: 'text', value: (row) => row.tags.join(', ') },
  { id: 'status', kind: 'text', value: (row, labels) => labels.statuses[row.status] },
  { id: 'createdAt', kind: 'date', value: (row) => localDateOf(row.createdAt) },
  { id: 'note', kind: 'text', value: (row) => row.note },
] as const satisfies readonly ExportColumn<OrganisationEntity>[];

export type OrganisationColumnId = (typeof ORGANISATION_COLUMNS)[number]['id'];

/** The register's own columns (what you see), then contact details. */
export const ORGANISATION_DEFAULT_COLUMNS: readonly OrganisationColumnId[] = [
  'name',
  'orgNumber',
  'legalForm',
  'district',
  'lastContacted',
  'phone',
  'email',
];
