import { z } from 'zod';
import { BRIEF_KINDS, type BriefEntity, type BriefKind } from '../../domain/brief';
import type { BriefInput } from './model/briefInput';

/** What the editor holds while the user works: the brief's choices and texts. */
export type BriefDraft = BriefInput;

const isKind = (value: string | null): value is BriefKind =>
  BRIEF_KINDS.some((kind) => kind === value);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateParam = (value: string | null): string | null =>
  value !== null && ISO_DATE.test(value) ? value : null;

/** The management summary's period: `?fran=…&till=…` when given, otherwise the year so far. */
function periodFrom(
  search: URLSearchParams,
  today: string,
): { periodStart: string; periodEnd: string } {
  return {
    periodStart: dateParam(search.get('fran')) ?? `${today.slice(0, 4)}-01-01`,
    periodEnd: dateParam(search.get('till')) ?? today,
  };
}

/**
 * A new brief from the address: `?typ=organisation&organisation=<id>` (the organisation page),
 * `?typ=agenda&arenden=<id1>,<id2>` (selected inquiries), `?typ=management[&fran=…&till=…]`.
 */
export function draftFromSearch(search: URLSearchParams, today: string): BriefDraft {
  const rawKind = search.get('typ');
  const kind: BriefKind = isKind(rawKind) ? rawKind : 'organisation';
  const inquiryIds = (search.get('arenden') ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  const period =
    kind === 'management' ? periodFrom(search, today) : { periodStart: null, periodEnd: null };
  return {
    kind,
    title: '',
    meetingDate: kind === 'management' ? null : today,
    place: '',
    participants: '',
    organisationId: kind === 'organisation' ? (search.get('organisation') ?? null) : null,
    inquiryIds: kind === 'agenda' ? [...new Set(inquiryIds)] : [],
    ...period,
    sections: {},
    texts: {},
  };
}

export function draftFromBrief(brief: BriefEntity): BriefDraft {
  return {
    kind: brief.kind,
    title: brief.title,
    meetingDate: brief.meetingDate,
    place: brief.place,
    participants: brief.participants,
    organisationId: brief.organisationId,
    inquiryIds: brief.inquiryIds,
    periodStart: brief.periodStart,
    periodEnd: brief.periodEnd,
    sections: brief.sections,
    texts: brief.texts,
  };
}

/** The drafts-table key: one per saved brief, one per starting point of a new one. */
export const briefDraftKey = (briefId: string | null, search: URLSearchParams): string =>
  briefId ? `brief:${briefId}` : `brief:ny?${search.toString()}`;

/** A stored draft's shape only: a half-done period or a missing organisation is still kept. */
const storedDraftSchema = z.object({
  kind: z.enum(BRIEF_KINDS),
  title: z.string(),
  meetingDate: z.string().nullable(),
  place: z.string(),
  participants: z.string(),
  organisationId: z.string().nullable(),
  inquiryIds: z.array(z.string()),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  sections: z.record(z.string(), z.boolean()),
  texts: z.record(z.string(), z.string()),
}) satisfies z.ZodType<BriefDraft>;

export function sanitizeBriefDraft(raw: unknown): BriefDraft | null {
  const parsed = storedDraftSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
