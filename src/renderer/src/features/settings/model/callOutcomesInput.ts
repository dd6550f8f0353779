import { z } from 'zod';
import type { CallOutcomeOption } from '../../../domain/entities';

/** One row of the call outcomes form; `id` is null for an outcome added in this edit. */
export type CallOutcomeDraft = { id: string | null; label: string; isActive: boolean };

/** Error codes are i18n keys under `settingsEdit.errors.`; `rows` is indexed like the input. */
export type CallOutcomesErrors = { rows: Record<number, string>; list?: string };

export type CallOutcomesValidation =
  { ok: true; value: CallOutcomeOption[] } | { ok: false; errors: CallOutcomesErrors };

export const CALL_OUTCOME_LABEL_MAX = 60;

const FALLBACK_SLUG = 'utfall';

/** An id for a new outcome: "Lämnade meddelande" → "lamnade_meddelande" (ascii, lowercase). */
export function slugOf(label: string): string {
  const slug = label
    .toLocaleLowerCase('sv-SE')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[æ]/g, 'ae')
    .replace(/[ø]/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40)
    .replace(/_+$/, '');
  return slug === '' ? FALLBACK_SLUG : slug;
}

/** `base`, or `base_2`, `base_3`… — the first that is not taken (and then takes it). */
function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}_${n}`;
  taken.add(id);
  return id;
}

const labelKey = (label: string) => label.toLocaleLowerCase('sv-SE');

const rowSchema = z.object({
  id: z.string().min(1).nullable(),
  label: z.string(),
  isActive: z.boolean(),
});

/**
 * Validates the whole list of call outcomes. Calls store an outcome's id, so existing ids are kept
 * and no existing outcome may disappear (deactivate it instead); new rows get an id from their label,
 * unique among all ids, past and present. Labels are required, at most 60 characters, and unique;
 * at least one outcome must stay active.
 */
export function validateCallOutcomes(
  raw: unknown,
  previous: readonly CallOutcomeOption[],
): CallOutcomesValidation {
  const parsed = z.array(rowSchema).safeParse(raw);
  if (!parsed.success) return { ok: false, errors: { rows: {}, list: 'invalid' } };
  const rows = parsed.data.map((row) => ({ ...row, label: row.label.trim().replace(/\s+/g, ' ') }));
  const errors: CallOutcomesErrors = { rows: {} };
  const previousIds = new Set(previous.map((option) => option.id));
  const seenLabels = new Set<string>();
  const seenIds = new Set<string>();
  rows.forEach((row, index) => {
    if (row.id !== null) {
      if (!previousIds.has(row.id) || seenIds.has(row.id)) errors.rows[index] = 'invalid';
      seenIds.add(row.id);
    }
    if (row.label === '') errors.rows[index] ??= 'labelRequired';
    else if (row.label.length > CALL_OUTCOME_LABEL_MAX) errors.rows[index] ??= 'labelTooLong';
    else if (seenLabels.has(labelKey(row.label))) errors.rows[index] ??= 'labelDuplicate';
    seenLabels.add(labelKey(row.label));
  });
  if ([...previousIds].some((id) => !seenIds.has(id))) errors.list = 'outcomeMissing';
  else if (!rows.some((row) => row.isActive)) errors.list = 'noActiveOutcome';
  if (Object.keys(errors.rows).length > 0 || errors.list) return { ok: false, errors };

  const taken = new Set(previousIds);
  const value = rows.map((row) => ({
    id: row.id ?? uniqueId(slugOf(row.label), taken),
    label: row.label,
    isActive: row.isActive,
  }));
  return { ok: true, value };
}

/** The form's rows for the stored outcomes. */
export function callOutcomesToDrafts(options: readonly CallOutcomeOption[]): CallOutcomeDraft[] {
  return options.map((option) => ({ ...option }));
}
