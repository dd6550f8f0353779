import type { FieldChange, OrganisationEntity } from '../../../domain/entities';
import { fieldChanges } from '../../../domain/fieldChanges';
import type { OrganisationFields } from '../../organisations/model/organisationInput';
import { organisationDerived } from './buildEntities';
import type { ImportField, MappedRow } from './importFields';

/** What an import does with a row whose organisation already exists. */
export const DUPLICATE_POLICIES = ['skip', 'fillEmpty', 'overwrite'] as const;
export type DuplicatePolicy = (typeof DUPLICATE_POLICIES)[number];

type Scalar = Exclude<keyof OrganisationFields, 'address'>;

const SCALAR_SOURCES: [Scalar, ImportField][] = [
  ['name', 'organisation.name'],
  ['orgNumber', 'organisation.orgNumber'],
  ['legalForm', 'organisation.legalForm'],
  ['ideaRegistration', 'organisation.ideaRegistration'],
  ['district', 'organisation.district'],
  ['municipality', 'organisation.municipality'],
  ['phone', 'organisation.phone'],
  ['email', 'organisation.email'],
  ['website', 'organisation.website'],
  ['tags', 'organisation.tags'],
  ['note', 'organisation.note'],
];

const ADDRESS_SOURCES: [keyof OrganisationFields['address'], ImportField][] = [
  ['street', 'organisation.street'],
  ['postalCode', 'organisation.postalCode'],
  ['city', 'organisation.city'],
];

const AUDITED: (keyof OrganisationEntity)[] = [
  ...SCALAR_SOURCES.map(([field]) => field),
  'address',
];

function isEmptyValue(value: unknown): boolean {
  return (
    value === null ||
    value === '' ||
    value === 'unknown' ||
    value === 'annan' ||
    (Array.isArray(value) && value.length === 0)
  );
}

/**
 * The organisation after a duplicate row is applied: only columns the row fills are used, so an
 * empty cell never erases stored data. `fillEmpty` writes only where nothing is stored yet.
 */
export function mergeOrganisation(
  before: OrganisationEntity,
  fields: OrganisationFields,
  row: MappedRow,
  policy: Exclude<DuplicatePolicy, 'skip'>,
  at: string,
): { after: OrganisationEntity; changes: FieldChange[] } {
  const takes = (source: ImportField, current: unknown) =>
    Boolean(row[source]) && (policy === 'overwrite' || isEmptyValue(current));
  const next: OrganisationEntity = { ...before, address: { ...before.address } };
  for (const [field, source] of SCALAR_SOURCES) {
    if (takes(source, before[field])) Object.assign(next, { [field]: fields[field] });
  }
  for (const [field, source] of ADDRESS_SOURCES) {
    if (takes(source, before.address[field])) next.address[field] = fields.address[field];
  }
  const changes = fieldChanges(before, next, AUDITED);
  if (changes.length === 0) return { after: before, changes };
  return { after: { ...next, ...organisationDerived(next), updatedAt: at }, changes };
}
