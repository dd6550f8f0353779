import type { LegalForm } from './entities';

/**
 * Swedish organisationsnummer: 10 digits `NNNNNN-NNNN` (or `16` + the 10 digits), digits 3–4 ≥ 20,
 * last digit a Luhn check over the first nine. A personnummer (digits 3–4 a month, 01–12) is refused:
 * a sole trader's number is sensitive personal data and is never stored here.
 */

export type OrgNumberError = 'empty' | 'format' | 'personnummer' | 'checksum';

export type OrgNumberResult =
  { ok: true; value: string; group: OrgNumberGroup } | { ok: false; error: OrgNumberError };

export const ORG_NUMBER_GROUPS = {
  1: 'dodsbo',
  2: 'offentlig',
  3: 'utlandskt',
  5: 'aktiebolag',
  6: 'enkelt_bolag',
  7: 'ekonomisk_forening',
  8: 'ideell_forening_stiftelse',
  9: 'handelsbolag',
} as const;
export type OrgNumberGroup = (typeof ORG_NUMBER_GROUPS)[keyof typeof ORG_NUMBER_GROUPS] | 'okand';

/** Luhn check digit over a string of digits (the first nine of an organisationsnummer). */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[i]);
    // Weights 2,1,2,1… from the left for a nine-digit body.
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export function groupOf(normalised: string): OrgNumberGroup {
  const first = Number(normalised[0]) as keyof typeof ORG_NUMBER_GROUPS;
  return ORG_NUMBER_GROUPS[first] ?? 'okand';
}

/** Parses user input (`NNNNNNNNNN`, `NNNNNN-NNNN`, `16NNNNNNNNNN`, `16NNNNNN-NNNN`, spaces allowed). */
export function parseOrgNumber(input: string): OrgNumberResult {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, error: 'empty' };
  const compact = trimmed.replace(/\s+/g, '');
  const match = /^(?:16)?(\d{6})-?(\d{4})$/.exec(compact);
  if (!match) return { ok: false, error: 'format' };
  const digits = `${match[1]}${match[2]}`;
  const month = Number(digits.slice(2, 4));
  if (month < 20) return { ok: false, error: 'personnummer' };
  if (luhnCheckDigit(digits.slice(0, 9)) !== Number(digits[9])) {
    return { ok: false, error: 'checksum' };
  }
  const value = `${digits.slice(0, 6)}-${digits.slice(6)}`;
  return { ok: true, value, group: groupOf(value) };
}

/** The group digits each legal form is expected to have; an empty list means "any". */
export const EXPECTED_GROUP_DIGITS: Record<LegalForm, number[]> = {
  ideell_forening: [8],
  ekonomisk_forening: [7],
  stiftelse: [8],
  trossamfund: [2, 8],
  aktiebolag: [5],
  annan: [],
  ej_registrerad: [],
};

/** True when the number's group digit agrees with the chosen legal form (or the form allows any). */
export function groupMatchesLegalForm(normalised: string, legalForm: LegalForm): boolean {
  const expected = EXPECTED_GROUP_DIGITS[legalForm];
  return expected.length === 0 || expected.includes(Number(normalised[0]));
}

/** Completes nine digits to a valid number; used by the data generator. */
export function withCheckDigit(nineDigits: string): string {
  const digits = `${nineDigits}${luhnCheckDigit(nineDigits)}`;
  return `${digits.slice(0, 6)}-${digits.slice(6)}`;
}
