import { HANDOFF_OUTCOMES, type HandoffOutcomeKind } from '../../../domain/entities';
import { parseAmount, type OutcomeInput } from '../model/inquiryInput';
import { isIsoDate } from '../../../lib/dates';

export type OutcomeForm = {
  kind: HandoffOutcomeKind | '';
  decidedAt: string;
  /** The agreement value as typed ("250 000 kr"). */
  value: string;
  agreementStart: string;
  agreementEnd: string;
  signedAt: string;
  followUpDates: string[];
  note: string;
};

type ErrorKey =
  | 'inquiry.outcome.kindRequired'
  | 'inquiry.outcome.valueRequired'
  | 'inquiry.outcome.signedAtRequired'
  | 'inquiry.amountInvalid'
  | 'errors.dateInvalid'
  | 'errors.periodInvalid';

export type OutcomeErrors = {
  fields: Partial<
    Record<
      'kind' | 'decidedAt' | 'value' | 'agreementStart' | 'agreementEnd' | 'signedAt',
      ErrorKey
    >
  >;
  /** Indexes of follow-up dates that are not real dates. */
  followUps: number[];
};

export const outcomeDraftKey = (inquiryId: string) => `inquiry:${inquiryId}:outcome`;

export const emptyOutcomeForm = (today: string): OutcomeForm => ({
  kind: '',
  decidedAt: today,
  value: '',
  agreementStart: '',
  agreementEnd: '',
  signedAt: '',
  followUpDates: [],
  note: '',
});

const TEXT_KEYS = [
  'decidedAt',
  'value',
  'agreementStart',
  'agreementEnd',
  'signedAt',
  'note',
] as const;

export function sanitizeOutcomeForm(raw: unknown): OutcomeForm | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const value = raw as Record<string, unknown>;
  if (!TEXT_KEYS.every((key) => typeof value[key] === 'string')) return null;
  const kind = value.kind === '' ? '' : HANDOFF_OUTCOMES.find((option) => option === value.kind);
  const dates = value.followUpDates;
  if (kind === undefined || !Array.isArray(dates) || !dates.every((d) => typeof d === 'string'))
    return null;
  const text = Object.fromEntries(TEXT_KEYS.map((key) => [key, value[key] as string]));
  return {
    ...(text as Pick<OutcomeForm, (typeof TEXT_KEYS)[number]>),
    kind,
    followUpDates: dates as string[],
  };
}

export function validateOutcome(form: OutcomeForm): OutcomeErrors {
  const fields: OutcomeErrors['fields'] = {};
  const followUps: number[] = [];
  if (form.kind === '') fields.kind = 'inquiry.outcome.kindRequired';
  if (!isIsoDate(form.decidedAt)) fields.decidedAt = 'errors.dateInvalid';
  if (form.kind === 'avtal_tecknat') {
    const value = parseAmount(form.value);
    if (value === null) fields.value = 'inquiry.outcome.valueRequired';
    else if (Number.isNaN(value)) fields.value = 'inquiry.amountInvalid';
    if (form.signedAt === '') fields.signedAt = 'inquiry.outcome.signedAtRequired';
    else if (!isIsoDate(form.signedAt)) fields.signedAt = 'errors.dateInvalid';
    for (const key of ['agreementStart', 'agreementEnd'] as const) {
      if (form[key] !== '' && !isIsoDate(form[key])) fields[key] = 'errors.dateInvalid';
    }
    if (!fields.agreementStart && !fields.agreementEnd && form.agreementStart && form.agreementEnd)
      if (form.agreementEnd < form.agreementStart) fields.agreementEnd = 'errors.periodInvalid';
    form.followUpDates.forEach((date, index) => {
      if (!isIsoDate(date)) followUps.push(index);
    });
  }
  return { fields, followUps };
}

export const hasOutcomeErrors = (errors: OutcomeErrors) =>
  Object.keys(errors.fields).length > 0 || errors.followUps.length > 0;

/** The outcome as the repository takes it; agreement details only for a signed agreement. */
export function outcomeInputOf(form: OutcomeForm & { kind: HandoffOutcomeKind }): OutcomeInput {
  const isSigned = form.kind === 'avtal_tecknat';
  const orNull = (date: string) => (isSigned && date !== '' ? date : null);
  return {
    kind: form.kind,
    decidedAt: form.decidedAt,
    agreementValue: isSigned ? parseAmount(form.value) : null,
    agreementStart: orNull(form.agreementStart),
    agreementEnd: orNull(form.agreementEnd),
    signedAt: orNull(form.signedAt),
    note: form.note.trim(),
    followUpDates: isSigned ? [...new Set(form.followUpDates)].sort() : [],
  };
}
