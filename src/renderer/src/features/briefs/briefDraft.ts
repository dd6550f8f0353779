import { BRIEF_KINDS, type BriefEntity, type BriefKind } from '../../domain/brief';
import type { BriefInput } from '../../domain/briefs/briefInput';

/** What the editor holds while the user works: the brief's choices and texts. */
export type BriefDraft = BriefInput;

const isKind = (value: string | null): value is BriefKind =>
  BRIEF_KINDS.some((kind) => kind === value);

/** The management summary's default period: the year so far. */
function yearToDate(today: string): { periodStart: string; periodEnd: string } {
  return { periodStart: `${today.slice(0, 4)}-01-01`, periodEnd: today };
}

/**
 * A new brief from the address: `?typ=organisation&organisation=<id>` (the organisation page),
 * `?typ=agenda&arenden=<id1>,<id2>` (selected inquiries), `?typ=management`.
 */
export function draftFromSearch(search: URLSearchParams, today: string): BriefDraft {
  const rawKind = search.get('typ');
  const kind: BriefKind = isKind(rawKind) ? rawKind : 'organisation';
  const inquiryIds = (search.get('arenden') ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  const period = kind === 'management' ? yearToDate(today) : { periodStart: null, periodEnd: null };
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
