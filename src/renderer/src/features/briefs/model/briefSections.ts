import type { BriefKind } from '../../../domain/brief';

/** The sections each kind of brief offers, in document order; the user may leave any out. */
export const BRIEF_SECTIONS = {
  organisation: [
    'facts',
    'contacts',
    'inquiries',
    'matching',
    'handoff',
    'calls',
    'followUps',
    'questions',
  ],
  agenda: ['meeting', 'agenda', 'summaries', 'other'],
  management: [
    'summary',
    'overview',
    'byStage',
    'byArea',
    'byPath',
    'trend',
    'agreements',
    'overdue',
  ],
} as const satisfies Record<BriefKind, readonly string[]>;

export type BriefSectionId = (typeof BRIEF_SECTIONS)[BriefKind][number];

/** Sections whose text the user writes. */
export const BRIEF_TEXT_SECTIONS = {
  organisation: ['questions'],
  agenda: ['other'],
  management: ['summary'],
} as const satisfies Record<BriefKind, readonly BriefSectionId[]>;

/** Options that are not sections: minnesanteckningar are left out unless the user includes them. */
export const INCLUDE_PRIVATE_NOTES = 'includePrivateNotes';

/** A section is included unless switched off; an option (like private notes) only when switched on. */
export function isSectionIncluded(sections: Record<string, boolean>, id: string): boolean {
  if (id === INCLUDE_PRIVATE_NOTES) return sections[id] === true;
  return sections[id] !== false;
}
