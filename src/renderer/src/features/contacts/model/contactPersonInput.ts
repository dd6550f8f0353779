import { z } from 'zod';
import { contactDetailErrors } from './contactDetails';
import { containsPersonnummer } from '../../../domain/sensitiveText';

export type ContactPersonInput = {
  name: string;
  role: string;
  phone: string;
  email: string;
  note: string;
  isPrimary: boolean;
};

export const EMPTY_CONTACT_PERSON_INPUT: ContactPersonInput = {
  name: '',
  role: '',
  phone: '',
  email: '',
  note: '',
  isPrimary: false,
};

export type ContactPersonErrors = Partial<Record<keyof ContactPersonInput, string>>;

export type ContactPersonValidation =
  { ok: true; value: ContactPersonInput } | { ok: false; errors: ContactPersonErrors };

const schema = z.object({
  name: z.string().trim().max(200),
  role: z.string().trim().max(200),
  phone: z.string().trim().max(40),
  email: z.string().trim().max(200),
  note: z.string().trim().max(10_000),
  isPrimary: z.boolean(),
});

export function validateContactPersonInput(raw: unknown): ContactPersonValidation {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: { name: 'invalid' } };
  const input = parsed.data;
  const errors: ContactPersonErrors = {};
  if (input.name === '') errors.name = 'nameRequired';
  Object.assign(errors, contactDetailErrors(input.email, input.phone));
  if (containsPersonnummer(input.note)) errors.note = 'personnummerInText';
  if (containsPersonnummer(input.role)) errors.role = 'personnummerInText';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { ...input, email: input.email.toLowerCase() } };
}
