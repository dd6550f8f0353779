import type { InquiryEntity, PriorityMatch } from '../../../domain/entities';
import type { MatchesInput } from '../model/inquiryInput';

export type MatchingForm = { matches: PriorityMatch[]; unitId: string };

export const matchingDraftKey = (inquiryId: string) => `inquiry:${inquiryId}:matches`;

export function matchingFormOf(inquiry: InquiryEntity): MatchingForm {
  return { matches: inquiry.matches, unitId: inquiry.unitId ?? '' };
}

/** The text suggestions are made from: what the inquiry says it is about. */
export function suggestionTextOf(inquiry: InquiryEntity): string {
  return [inquiry.title, inquiry.offer, inquiry.targetGroup].join('\n');
}

export function sanitizeMatchingForm(raw: unknown): MatchingForm | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const value = raw as Record<string, unknown>;
  if (typeof value.unitId !== 'string' || !Array.isArray(value.matches)) return null;
  const matches: PriorityMatch[] = [];
  for (const item of value.matches as unknown[]) {
    if (typeof item !== 'object' || item === null) return null;
    const match = item as Record<string, unknown>;
    if (
      typeof match.priorityAreaId !== 'string' ||
      typeof match.rationale !== 'string' ||
      typeof match.fromSuggestion !== 'boolean'
    )
      return null;
    matches.push({
      priorityAreaId: match.priorityAreaId,
      rationale: match.rationale,
      fromSuggestion: match.fromSuggestion,
    });
  }
  return { matches, unitId: value.unitId };
}

/** Ids of the areas whose rationale is missing; each match needs a short one (domain.md). */
export function missingRationales(form: MatchingForm): Set<string> {
  return new Set(
    form.matches
      .filter((match) => match.rationale.trim() === '')
      .map((match) => match.priorityAreaId),
  );
}

export function matchesInputOf(form: MatchingForm): MatchesInput {
  return {
    matches: form.matches.map((match) => ({ ...match, rationale: match.rationale.trim() })),
    unitId: form.unitId || null,
  };
}
