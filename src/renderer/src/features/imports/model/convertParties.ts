import {
  validateContactPersonInput,
  type ContactPersonInput,
} from '../../contacts/model/contactPersonInput';
import type { LegalForm } from '../../../domain/entities';
import {
  EMPTY_ORGANISATION_INPUT,
  validateOrganisationInput,
  type OrganisationFields,
  type OrganisationInput,
} from '../../organisations/model/organisationInput';
import { parseOrgNumber } from '../../../domain/orgNumber';
import { containsPersonnummer } from '../../../domain/sensitiveText';
import { matchChoice } from './choiceMatching';
import type { ImportField, MappedRow } from './importFields';
import { rowError, type ConversionContext, type RowProblem } from './rowDraft';

const CONTACT_FIELDS: Record<string, ImportField> = {
  name: 'contact.name',
  role: 'contact.role',
  phone: 'contact.phone',
  email: 'contact.email',
};

const ORG_INPUT_FIELDS: Record<string, ImportField> = {
  name: 'organisation.name',
  orgNumber: 'organisation.orgNumber',
  legalForm: 'organisation.legalForm',
  ideaRegistration: 'organisation.ideaRegistration',
  street: 'organisation.street',
  postalCode: 'organisation.postalCode',
  city: 'organisation.city',
  district: 'organisation.district',
  municipality: 'organisation.municipality',
  phone: 'organisation.phone',
  email: 'organisation.email',
  website: 'organisation.website',
  tags: 'organisation.tags',
  note: 'organisation.note',
};

/** Without a form column, the number's group digit says it (8 förening, 7 ekonomisk, 5 AB). */
function legalFormFromNumber(orgNumber: string): LegalForm {
  const parsed = parseOrgNumber(orgNumber);
  if (!parsed.ok) return 'annan';
  const byGroup: Partial<Record<string, LegalForm>> = {
    '5': 'aktiebolag',
    '7': 'ekonomisk_forening',
    '8': 'ideell_forening',
  };
  return byGroup[parsed.value[0] ?? ''] ?? 'annan';
}

/** The organisation of a row, validated as the organisation form validates; null with problems. */
export function convertOrganisation(
  row: MappedRow,
  ctx: ConversionContext,
  problems: RowProblem[],
): OrganisationFields | null {
  const value = (field: ImportField) => row[field] ?? '';
  const legalFormText = value('organisation.legalForm');
  const legalForm =
    legalFormText === ''
      ? legalFormFromNumber(value('organisation.orgNumber'))
      : matchChoice(ctx.choices.legalForm, legalFormText);
  if (legalForm === null)
    problems.push({ field: 'organisation.legalForm', code: rowError('legalFormUnknown') });
  const registrationText = value('organisation.ideaRegistration');
  const ideaRegistration =
    registrationText === ''
      ? 'unknown'
      : matchChoice(ctx.choices.ideaRegistration, registrationText);
  if (ideaRegistration === null)
    problems.push({ field: 'organisation.ideaRegistration', code: rowError('choiceUnknown') });

  const input: OrganisationInput = {
    ...EMPTY_ORGANISATION_INPUT,
    name: value('organisation.name'),
    orgNumber: value('organisation.orgNumber'),
    legalForm: legalForm ?? 'annan',
    ideaRegistration: ideaRegistration ?? 'unknown',
    street: value('organisation.street'),
    postalCode: value('organisation.postalCode'),
    city: value('organisation.city'),
    district: value('organisation.district'),
    municipality: value('organisation.municipality'),
    phone: value('organisation.phone'),
    email: value('organisation.email'),
    website: value('organisation.website'),
    tags: value('organisation.tags'),
    note: value('organisation.note'),
  };
  const result = validateOrganisationInput(input);
  if (result.ok) return result.value;
  for (const [key, code] of Object.entries(result.errors)) {
    const isPersonnummer = key === 'orgNumber' && looksLikePersonnummer(input.orgNumber, code);
    problems.push({
      field: ORG_INPUT_FIELDS[key] ?? null,
      code: isPersonnummer ? rowError('orgNumberIsPersonnummer') : `errors.${code}`,
    });
  }
  return null;
}

/**
 * A personnummer in the number column, with or without the century (`19800101-1234`, which the
 * number check alone only calls a wrong format): it gets its own reason, as it is never stored.
 */
function looksLikePersonnummer(orgNumber: string, code: string): boolean {
  return (
    code === 'orgNumber.personnummer' ||
    (code === 'orgNumber.format' && containsPersonnummer(orgNumber.replace(/\s+/g, '')))
  );
}

/** The contact person of a row, when it has one. */
export function convertContact(row: MappedRow, problems: RowProblem[]): ContactPersonInput | null {
  const name = row['contact.name'] ?? '';
  const rest = [row['contact.role'], row['contact.phone'], row['contact.email']];
  if (name === '') {
    if (rest.some(Boolean))
      problems.push({ field: 'contact.name', code: rowError('contactNameMissing') });
    return null;
  }
  const result = validateContactPersonInput({
    name,
    role: row['contact.role'] ?? '',
    phone: row['contact.phone'] ?? '',
    email: row['contact.email'] ?? '',
    note: '',
    isPrimary: false,
  });
  if (result.ok) return result.value;
  for (const [key, code] of Object.entries(result.errors))
    problems.push({ field: CONTACT_FIELDS[key] ?? 'contact.name', code: `errors.${code}` });
  return null;
}
