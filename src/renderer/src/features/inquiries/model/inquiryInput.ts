import { z } from 'zod';
import {
  ANSWERS_LIST,
  HANDOFF_OUTCOMES,
  HANDOFF_PATHS,
  INITIATIVE_SOURCES,
  INQUIRY_CHANNELS,
  type HandoffOutcomeKind,
  type HandoffPath,
  type IopChecklistItem,
} from '../../../domain/entities';
import { containsPersonnummer } from '../../../domain/sensitiveText';

/** Amounts as Swedish users type them: "150 000", "150.000 kr", "150000". */
export function parseAmount(text: string): number | null {
  const cleaned = text
    .replace(/kr/gi, '')
    .replace(/[\s\u00a0.]/g, '')
    .replace(',', '.')
    .trim();
  if (cleaned === '') return null;
  const value = Number(cleaned);
  return Number.isFinite(value) && value >= 0 ? Math.round(value) : Number.NaN;
}

const text = (max: number) => z.string().trim().max(max);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const inquiryDetailsSchema = z.object({
  title: text(200).min(1),
  offer: text(10_000),
  targetGroup: text(500),
  initiative: z.enum(INITIATIVE_SOURCES),
  channel: z.enum(INQUIRY_CHANNELS),
  estimatedYearlyValue: z.number().int().min(0).max(1_000_000_000).nullable(),
  diarienummer: text(60),
  responsibleNavigatorId: z.string().min(1).nullable(),
  contactPersonId: z.string().min(1).nullable(),
});
export type InquiryDetails = z.infer<typeof inquiryDetailsSchema>;

export const matchesSchema = z.object({
  matches: z
    .array(
      z.object({
        priorityAreaId: z.string().min(1),
        rationale: text(1_000),
        fromSuggestion: z.boolean(),
      }),
    )
    .max(20),
  unitId: z.string().min(1).nullable(),
});
export type MatchesInput = z.infer<typeof matchesSchema>;

export const handoffDecisionSchema = z.object({
  path: z.enum(HANDOFF_PATHS),
  decidedAt: isoDate,
  decidedBy: text(120).min(1),
  rationale: text(5_000),
  unitId: z.string().min(1).nullable(),
  unitContact: text(200),
  reservedProcurement: z.boolean(),
  iopChecklist: z.array(
    z.object({
      criterion: z.string() as z.ZodType<IopChecklistItem['criterion']>,
      answer: z.enum(ANSWERS_LIST),
      comment: text(2_000),
    }),
  ),
  riskComment: text(2_000),
  closeReason: text(1_000),
});
export type HandoffDecisionInput = z.infer<typeof handoffDecisionSchema> & { path: HandoffPath };

export const outcomeSchema = z.object({
  kind: z.enum(HANDOFF_OUTCOMES),
  decidedAt: isoDate,
  agreementValue: z.number().int().min(0).nullable(),
  agreementStart: isoDate.nullable(),
  agreementEnd: isoDate.nullable(),
  signedAt: isoDate.nullable(),
  note: text(5_000),
  /** Joint follow-ups of an agreement; each becomes a follow-up on "Idag". */
  followUpDates: z.array(isoDate).max(24),
});
export type OutcomeInput = z.infer<typeof outcomeSchema> & { kind: HandoffOutcomeKind };

/** Free text that must not hold a personnummer (data minimisation). */
export function hasPersonnummer(...texts: string[]): boolean {
  return texts.some((value) => containsPersonnummer(value));
}
