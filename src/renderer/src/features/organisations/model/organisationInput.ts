import { z } from 'zod';
import { contactDetailErrors } from '../../contacts/model/contactDetails';
import {
  IDEA_REGISTRATIONS,
  LEGAL_FORMS,
  type Address,
  type IdeaRegistration,
  type LegalForm,
} from '../../../domain/entities';
import { groupMatchesLegalForm, parseOrgNumber } from '../../../domain/orgNumber';
import { containsPersonnummer } from '../../../domain/sensitiveText';

/** What the organisation form edits: raw text as typed, validated into OrganisationFields. */
export type OrganisationInput = {
  name: string;
  orgNumber: string;
  legalForm: LegalForm;
  ideaRegistration: IdeaRegistration;
  street: string;
  postalCode: string;
  city: string;
  district: string;
  municipality: string;
  phone: string;
  email: string;
  website: string;
  tags: string;
  note: string;
};

export type OrganisationFields = {
  name: string;
  orgNumber: string | null;
  legalForm: LegalForm;
  ideaRegistration: IdeaRegistration;
  address: Address;
  district: string;
  municipality: string;
  phone: string;
  email: string;
  website: string;
  tags: string[];
  note: string;
};

export const EMPTY_ORGANISATION_INPUT: OrganisationInput = {
  name: '',
  orgNumber: '',
  legalForm: 'ideell_forening',
  ideaRegistration: 'unknown',
  street: '',
  postalCode: '',
  city: '',
  district: '',
  municipality: '',
  phone: '',
  email: '',
  website: '',
  tags: '',
  note: '',
};

/** Error codes are i18n keys under `errors.`; the UI turns them into Swedish sentences. */
export type FieldErrors = Partial<Record<keyof OrganisationInput, string>>;

export type OrganisationValidation =
  | { ok: true; value: OrganisationFields; warnings: FieldErrors }
  | { ok: false; errors: FieldErrors; warnings: FieldErrors };

const text = (max: number) => z.string().trim().max(max);

const inputSchema = z.object({
  name: text(200),
  orgNumber: text(20),
  legalForm: z.enum(LEGAL_FORMS),
  ideaRegistration: z.enum(IDEA_REGISTRATIONS),
  street: text(200),
  postalCode: text(20),
  city: text(100),
  district: text(100),
  municipality: text(100),
  phone: text(40),
  email: text(200),
  website: text(300),
  tags: text(500),
  note: text(10_000),
});

const POSTAL_CODE = /^\d{3}\s?\d{2}$/;

export function parseTags(raw: string): string[] {
  const tags = raw
    .split(',')
    .map((tag) => tag.trim().toLocaleLowerCase('sv-SE'))
    .filter((tag) => tag.length > 0);
  return [...new Set(tags)];
}

/** Validates the organisation form (and any other boundary that creates organisations). */
export function validateOrganisationInput(raw: unknown): OrganisationValidation {
  const parsed = inputSchema.safeParse(raw);
  if (!parsed.success) {
    const errors: FieldErrors = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (typeof field === 'string' && field in EMPTY_ORGANISATION_INPUT) {
        errors[field as keyof OrganisationInput] = issue.code === 'too_big' ? 'tooLong' : 'invalid';
      }
    }
    return { ok: false, errors, warnings: {} };
  }
  const input = parsed.data;
  const errors: FieldErrors = {};
  const warnings: FieldErrors = {};

  if (input.name === '') errors.name = 'nameRequired';

  let orgNumber: string | null = null;
  if (input.orgNumber !== '') {
    const result = parseOrgNumber(input.orgNumber);
    if (result.ok) {
      orgNumber = result.value;
      if (!groupMatchesLegalForm(result.value, input.legalForm))
        warnings.orgNumber = 'groupMismatch';
    } else {
      errors.orgNumber = `orgNumber.${result.error}`;
    }
  } else if (input.legalForm !== 'ej_registrerad' && input.legalForm !== 'annan') {
    warnings.orgNumber = 'orgNumberMissing';
  }

  for (const field of ['name', 'note', 'tags', 'street'] as const) {
    if (containsPersonnummer(input[field])) errors[field] = 'personnummerInText';
  }
  Object.assign(errors, contactDetailErrors(input.email, input.phone));
  if (input.postalCode !== '' && !POSTAL_CODE.test(input.postalCode))
    errors.postalCode = 'postalCodeInvalid';

  if (Object.keys(errors).length > 0) return { ok: false, errors, warnings };

  return {
    ok: true,
    warnings,
    value: {
      name: input.name.replace(/\s+/g, ' '),
      orgNumber,
      legalForm: input.legalForm,
      ideaRegistration: input.ideaRegistration,
      address: {
        street: input.street,
        postalCode: input.postalCode.replace(/^(\d{3})\s?(\d{2})$/, '$1 $2'),
        city: input.city,
      },
      district: input.district,
      municipality: input.municipality,
      phone: input.phone,
      email: input.email.toLowerCase(),
      website: input.website,
      tags: parseTags(input.tags),
      note: input.note,
    },
  };
}

/** The form values for an existing record (the inverse of validation). */
export function organisationToInput(fields: OrganisationFields): OrganisationInput {
  return {
    name: fields.name,
    orgNumber: fields.orgNumber ?? '',
    legalForm: fields.legalForm,
    ideaRegistration: fields.ideaRegistration,
    street: fields.address.street,
    postalCode: fields.address.postalCode,
    city: fields.address.city,
    district: fields.district,
    municipality: fields.municipality,
    phone: fields.phone,
    email: fields.email,
    website: fields.website,
    tags: fields.tags.join(', '),
    note: fields.note,
  };
}
