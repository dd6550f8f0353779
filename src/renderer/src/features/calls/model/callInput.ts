import { z } from 'zod';
import {
  CALL_DIRECTIONS,
  NOTE_KINDS,
  type CallDirection,
  type NoteKind,
} from '../../../domain/entities';
import { containsPersonnummer } from '../../../domain/sensitiveText';

/**
 * One logged call, as the call dialog (or any other boundary) hands it over: the organisation and
 * contact may be new, the call may start or join an inquiry, and a next step creates a follow-up —
 * all saved together in one transaction.
 */
export type CallOrganisationRef = { kind: 'existing'; id: string } | { kind: 'new'; name: string };
export type CallContactRef =
  | { kind: 'none' }
  | { kind: 'existing'; id: string }
  | { kind: 'new'; name: string; phone: string };
export type CallInquiryRef =
  | { kind: 'none' }
  | { kind: 'existing'; id: string }
  | { kind: 'new'; title: string; offer: string };

export type CallInput = {
  organisation: CallOrganisationRef | null;
  contact: CallContactRef;
  direction: CallDirection;
  /** ISO timestamp; null when the typed time was not a real time. */
  occurredAt: string | null;
  durationMinutes: string;
  outcome: string;
  summary: string;
  noteKind: NoteKind;
  inquiry: CallInquiryRef;
  nextStep: string;
  /** yyyy-MM-dd, or '' for no follow-up. */
  dueDate: string;
  /** A follow-up this call carries out: it is marked done in the same save. */
  completesFollowUpId: string | null;
};

export type ValidCall = Omit<CallInput, 'organisation' | 'occurredAt' | 'durationMinutes'> & {
  organisation: CallOrganisationRef;
  occurredAt: string;
  durationMinutes: number;
};

export type CallField =
  | 'organisation'
  | 'contact'
  | 'occurredAt'
  | 'durationMinutes'
  | 'outcome'
  | 'summary'
  | 'inquiry'
  | 'nextStep'
  | 'dueDate';
export type CallErrors = Partial<Record<CallField, string>>;

export type CallValidation = { ok: true; value: ValidCall } | { ok: false; errors: CallErrors };

const text = (max: number) => z.string().trim().max(max);
const schema = z.object({
  organisation: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('existing'), id: z.string().min(1) }),
      z.object({ kind: z.literal('new'), name: text(200) }),
    ])
    .nullable(),
  contact: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('none') }),
    z.object({ kind: z.literal('existing'), id: z.string().min(1) }),
    z.object({ kind: z.literal('new'), name: text(200), phone: text(40) }),
  ]),
  direction: z.enum(CALL_DIRECTIONS),
  occurredAt: z.string().nullable(),
  durationMinutes: text(10),
  outcome: text(60),
  summary: text(20_000),
  noteKind: z.enum(NOTE_KINDS),
  inquiry: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('none') }),
    z.object({ kind: z.literal('existing'), id: z.string().min(1) }),
    z.object({ kind: z.literal('new'), title: text(200), offer: text(10_000) }),
  ]),
  nextStep: text(500),
  dueDate: text(10),
  completesFollowUpId: z.string().min(1).nullable(),
});

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Calls are logged as they happen or back-dated; a time well in the future is a typing mistake. */
const FUTURE_TOLERANCE_MS = 10 * 60 * 1000;

export function validateCallInput(raw: unknown, now: Date): CallValidation {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? 'summary') as CallField;
    return {
      ok: false,
      errors: { [field]: parsed.error.issues[0]?.code === 'too_big' ? 'tooLong' : 'invalid' },
    };
  }
  const input = parsed.data;
  const errors: CallErrors = {};

  if (
    input.organisation === null ||
    (input.organisation.kind === 'new' && input.organisation.name === '')
  ) {
    errors.organisation = 'organisationRequired';
  }
  if (input.contact.kind === 'new' && input.contact.name === '') errors.contact = 'nameRequired';

  const occurredAt = input.occurredAt === null ? Number.NaN : Date.parse(input.occurredAt);
  if (Number.isNaN(occurredAt)) errors.occurredAt = 'timeInvalid';
  else if (occurredAt > now.getTime() + FUTURE_TOLERANCE_MS) errors.occurredAt = 'timeInFuture';

  const duration = input.durationMinutes === '' ? 0 : Number(input.durationMinutes);
  if (!Number.isInteger(duration) || duration < 0 || duration > 600)
    errors.durationMinutes = 'durationInvalid';

  if (input.outcome === '') errors.outcome = 'invalid';
  if (input.summary === '') errors.summary = 'summaryRequired';
  else if (containsPersonnummer(input.summary)) errors.summary = 'personnummerInText';

  if (input.inquiry.kind === 'new' && input.inquiry.title === '')
    errors.inquiry = 'inquiryTitleRequired';

  if (
    input.dueDate !== '' &&
    !(ISO_DATE.test(input.dueDate) && !Number.isNaN(Date.parse(input.dueDate)))
  ) {
    errors.dueDate = 'dateInvalid';
  }
  if (input.nextStep !== '' && input.dueDate === '') errors.dueDate = 'dueDateRequired';
  if (input.nextStep === '' && input.dueDate !== '') errors.nextStep = 'nextStepRequired';

  if (Object.keys(errors).length > 0 || input.organisation === null) return { ok: false, errors };
  return {
    ok: true,
    value: {
      ...input,
      organisation: input.organisation,
      occurredAt: new Date(occurredAt).toISOString(),
      durationMinutes: duration,
    },
  };
}
