import { z } from 'zod';
import { contactDetailErrors } from '../../contacts/model/contactDetails';
import type { UnitEntity } from '../../../domain/entities';

/** What the unit (verksamhetsområde) dialog edits, and what is stored on a UnitEntity. */
export type UnitInput = Pick<UnitEntity, 'name' | 'contactName' | 'contactEmail' | 'contactPhone'>;

/** Error codes are i18n keys under `settingsEdit.errors.`. */
export type UnitErrors = Partial<Record<keyof UnitInput, string>>;

export type UnitValidation = { ok: true; value: UnitInput } | { ok: false; errors: UnitErrors };

export const UNIT_NAME_MAX = 80;

export const EMPTY_UNIT_INPUT: UnitInput = {
  name: '',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
};

const text = (max: number) => z.string().trim().max(max, { error: 'tooLong' });

const schema = z.object({
  name: z
    .string()
    .trim()
    .transform((name) => name.replace(/\s+/g, ' '))
    .pipe(
      z.string().min(1, { error: 'nameRequired' }).max(UNIT_NAME_MAX, { error: 'nameTooLong' }),
    ),
  contactName: text(120),
  contactEmail: text(200),
  contactPhone: text(40),
});

/** Validates at every boundary that writes a unit (the dialog and the repository). */
export function validateUnitInput(raw: unknown): UnitValidation {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const errors: UnitErrors = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (typeof field !== 'string' || !(field in EMPTY_UNIT_INPUT)) continue;
      errors[field as keyof UnitInput] ??=
        issue.code === 'invalid_type' ? 'invalid' : issue.message;
    }
    return { ok: false, errors: Object.keys(errors).length > 0 ? errors : { name: 'invalid' } };
  }
  const input = parsed.data;
  const contact = contactDetailErrors(input.contactEmail, input.contactPhone);
  const errors: UnitErrors = {};
  if (contact.email) errors.contactEmail = contact.email;
  if (contact.phone) errors.contactPhone = contact.phone;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { ...input, contactEmail: input.contactEmail.toLowerCase() } };
}

/** The dialog's values for an existing unit. */
export function unitToInput(unit: UnitInput): UnitInput {
  return {
    name: unit.name,
    contactName: unit.contactName,
    contactEmail: unit.contactEmail,
    contactPhone: unit.contactPhone,
  };
}
