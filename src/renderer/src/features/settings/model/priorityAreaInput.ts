import { z } from 'zod';
import type { PriorityAreaEntity } from '../../../domain/entities';

/** What the priority area dialog edits: raw text as typed; keywords comma separated. */
export type PriorityAreaInput = { name: string; description: string; keywords: string };

/** The validated fields stored on a PriorityAreaEntity. */
export type PriorityAreaFields = Pick<PriorityAreaEntity, 'name' | 'description' | 'keywords'>;

/** Error codes are i18n keys under `settingsEdit.errors.`. */
export type PriorityAreaErrors = Partial<Record<keyof PriorityAreaInput, string>>;

export type PriorityAreaValidation =
  { ok: true; value: PriorityAreaFields } | { ok: false; errors: PriorityAreaErrors };

export const PRIORITY_AREA_NAME_MAX = 80;
export const PRIORITY_AREA_DESCRIPTION_MAX = 500;
export const KEYWORD_MIN = 2;
export const KEYWORD_MAX = 40;

export const EMPTY_PRIORITY_AREA_INPUT: PriorityAreaInput = {
  name: '',
  description: '',
  keywords: '',
};

/** "Förskol, ÄLDRE ,, förskol" → ['förskol', 'äldre']: trimmed, lowercase, unique, in typed order. */
export function parseKeywords(raw: string): string[] {
  const keywords = raw
    .split(',')
    .map((keyword) => keyword.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE'))
    .filter((keyword) => keyword.length > 0);
  return [...new Set(keywords)];
}

const schema = z.object({
  name: z
    .string()
    .trim()
    .transform((name) => name.replace(/\s+/g, ' '))
    .pipe(
      z
        .string()
        .min(1, { error: 'nameRequired' })
        .max(PRIORITY_AREA_NAME_MAX, { error: 'nameTooLong' }),
    ),
  description: z
    .string()
    .trim()
    .max(PRIORITY_AREA_DESCRIPTION_MAX, { error: 'descriptionTooLong' }),
  keywords: z
    .string()
    .max(5_000, { error: 'keywordsTooLong' })
    .transform(parseKeywords)
    .refine(
      (keywords) =>
        keywords.every((keyword) => keyword.length >= KEYWORD_MIN && keyword.length <= KEYWORD_MAX),
      { error: 'keywordLength' },
    ),
});

/** Validates at every boundary that writes a priority area (the dialog and the repository). */
export function validatePriorityAreaInput(raw: unknown): PriorityAreaValidation {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: PriorityAreaErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (typeof field !== 'string' || !(field in EMPTY_PRIORITY_AREA_INPUT)) continue;
    const key = field as keyof PriorityAreaInput;
    // A wrong type (not a string) has zod's own message; it is reported as plainly invalid.
    errors[key] ??= issue.code === 'invalid_type' ? 'invalid' : issue.message;
  }
  return { ok: false, errors: Object.keys(errors).length > 0 ? errors : { name: 'invalid' } };
}

/** The dialog's values for an existing area (the inverse of validation). */
export function priorityAreaToInput(area: PriorityAreaFields): PriorityAreaInput {
  return { name: area.name, description: area.description, keywords: area.keywords.join(', ') };
}
