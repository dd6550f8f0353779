import type { BriefEntity } from '../../../domain/brief';
import type { InquiryEntity } from '../../../domain/entities';
import { swedishCollator } from '../../../domain/swedishText';
import type { BriefBlock, BriefSection } from './briefContent';
import type { BriefLookups } from './briefData';
import { fill, type BriefFormat, type BriefLabels } from './briefLabels';
import { isSectionIncluded } from './briefSections';

/** Small helpers shared by the three builders. */

export const isOpen = (inquiry: InquiryEntity): boolean => inquiry.stage !== 'avslutat';

export function nameOf<T extends { id: string; name: string }>(
  list: readonly T[],
  id: string | null,
  fallback: string,
): string {
  if (id === null) return fallback;
  return list.find((item) => item.id === id)?.name ?? fallback;
}

export function areaNames(inquiry: InquiryEntity, lookups: BriefLookups, none: string): string {
  const names = inquiry.matches.map((match) =>
    nameOf(lookups.priorityAreas, match.priorityAreaId, none),
  );
  return names.length > 0 ? names.join(', ') : none;
}

export function byReceived(a: InquiryEntity, b: InquiryEntity): number {
  return a.receivedAt.localeCompare(b.receivedAt) || swedishCollator.compare(a.title, b.title);
}

export function tableOrEmpty(
  caption: string,
  columns: string[],
  rows: string[][],
  emptyText: string,
): BriefBlock {
  return rows.length > 0
    ? { type: 'table', caption, columns, rows }
    : { type: 'paragraph', text: emptyText, isMuted: true };
}

/** Keeps the included sections with something in them, in the given order. */
export function includedSections(
  sections: Record<string, boolean>,
  candidates: { id: string; title: string; build: () => BriefBlock[] }[],
): BriefSection[] {
  return candidates
    .filter((candidate) => isSectionIncluded(sections, candidate.id))
    .map((candidate) => ({ id: candidate.id, title: candidate.title, blocks: candidate.build() }));
}

/** The subtitle lines for a meeting: date and place when given, and when it was prepared. */
export function meetingSubtitle(
  brief: Pick<BriefEntity, 'meetingDate' | 'place' | 'participants'>,
  today: string,
  labels: BriefLabels,
  format: BriefFormat,
  withParticipants = false,
): string[] {
  // Participants as one line: "Anna Öberg, Bo Ek" whether typed per line or with commas.
  const participants = brief.participants
    .split(/[\n,]/)
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .join(', ');
  return [
    brief.meetingDate ? fill(labels.meetingDateLine, { date: format.date(brief.meetingDate) }) : '',
    brief.place.trim() ? fill(labels.placeLine, { place: brief.place.trim() }) : '',
    withParticipants && participants ? fill(labels.participantsLine, { participants }) : '',
    fill(labels.preparedLine, { date: format.date(today) }),
  ].filter((line) => line !== '');
}
