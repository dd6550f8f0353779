import { z } from 'zod';
import type { Thresholds } from '../../../domain/entities';

/** The thresholds form: each amount as typed ("100 000", "700000 kr"). */
export type ThresholdsInput = Record<keyof Thresholds, string>;

/** Error codes are i18n keys under `settingsEdit.errors.`. */
export type ThresholdsErrors = Partial<Record<keyof Thresholds, string>>;

export type ThresholdsValidation =
  { ok: true; value: Thresholds } | { ok: false; errors: ThresholdsErrors };

export const THRESHOLD_FIELDS = [
  'internalDirectProcurementLimit',
  'legalDirectProcurementLimit',
  'documentationDutyLimit',
] as const satisfies readonly (keyof Thresholds)[];

export const THRESHOLD_MAX = 100_000_000;

export type AmountResult = { ok: true; value: number } | { ok: false; error: string };

// Spaces of every width (sv-SE groups thousands with a no-break space) and an optional "kr".
const GROUPING = /[\s\u00a0\u202f]+/g;
const WHOLE = /^-?\d+$/;
const DECIMAL = /^(-?\d+)[.,](\d*)$/;

/** Reads an amount of whole kronor, 0 ≤ amount ≤ 100 000 000, as typed in Swedish or English. */
export function parseAmount(raw: string): AmountResult {
  const text = raw
    .trim()
    .replace(/kr\.?$/i, '')
    .replace(GROUPING, '')
    .replace(/^\u2212/, '-');
  if (text === '') return { ok: false, error: 'amountRequired' };
  const decimal = DECIMAL.exec(text);
  if (decimal) {
    const [, whole = '', fraction = ''] = decimal;
    // "100.000" and "100,000" group thousands in some languages and are decimals in others.
    if (fraction.length === 3) return { ok: false, error: 'amountInvalid' };
    if (/[1-9]/.test(fraction)) return { ok: false, error: 'amountNotWhole' };
    return parseAmount(whole);
  }
  if (!WHOLE.test(text)) return { ok: false, error: 'amountInvalid' };
  const value = Number(text);
  if (value < 0 || value > THRESHOLD_MAX) return { ok: false, error: 'amountOutOfRange' };
  // "-0" reads as -0, which is not below 0 but must not be stored as such.
  return { ok: true, value: Math.abs(value) };
}

const schema = z.object({
  internalDirectProcurementLimit: z.union([z.string(), z.number()]),
  legalDirectProcurementLimit: z.union([z.string(), z.number()]),
  documentationDutyLimit: z.union([z.string(), z.number()]),
});

/**
 * Validates a thresholds edit: each amount on its own, then how they relate — the documentation
 * duty limit and the internal limit cannot be above the legal limit for direct procurement.
 */
export function validateThresholdsInput(raw: unknown): ThresholdsValidation {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const errors: ThresholdsErrors = {};
    for (const issue of parsed.error.issues) {
      const field = THRESHOLD_FIELDS.find((name) => name === issue.path[0]);
      if (field) errors[field] = 'amountInvalid';
    }
    return { ok: false, errors };
  }
  const errors: ThresholdsErrors = {};
  const values: Partial<Thresholds> = {};
  for (const field of THRESHOLD_FIELDS) {
    const result = parseAmount(String(parsed.data[field]));
    if (result.ok) values[field] = result.value;
    else errors[field] = result.error;
  }
  const { internalDirectProcurementLimit, legalDirectProcurementLimit, documentationDutyLimit } =
    values;
  if (legalDirectProcurementLimit !== undefined) {
    if (internalDirectProcurementLimit !== undefined) {
      if (internalDirectProcurementLimit > legalDirectProcurementLimit)
        errors.internalDirectProcurementLimit = 'internalAboveLegal';
    }
    if (documentationDutyLimit !== undefined) {
      if (documentationDutyLimit > legalDirectProcurementLimit)
        errors.documentationDutyLimit = 'documentationAboveLegal';
    }
  }
  if (
    Object.keys(errors).length > 0 ||
    internalDirectProcurementLimit === undefined ||
    legalDirectProcurementLimit === undefined ||
    documentationDutyLimit === undefined
  ) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    value: { internalDirectProcurementLimit, legalDirectProcurementLimit, documentationDutyLimit },
  };
}

/** The form's values for stored thresholds: plain digits, which parseAmount reads back. */
export function thresholdsToInput(thresholds: Thresholds): ThresholdsInput {
  return {
    internalDirectProcurementLimit: String(thresholds.internalDirectProcurementLimit),
    legalDirectProcurementLimit: String(thresholds.legalDirectProcurementLimit),
    documentationDutyLimit: String(thresholds.documentationDutyLimit),
  };
}
