import { EMPTY_ORGANISATION_INPUT, type OrganisationInput } from './model/organisationInput';
import { IDEA_REGISTRATIONS, LEGAL_FORMS } from '../../domain/entities';

/** Accepts a stored draft only if it still has the form's shape; unknown keys are dropped. */
export function sanitizeOrganisationDraft(raw: unknown): OrganisationInput | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const draft: OrganisationInput = { ...EMPTY_ORGANISATION_INPUT };
  for (const key of Object.keys(EMPTY_ORGANISATION_INPUT) as (keyof OrganisationInput)[]) {
    const value = (raw as Record<string, unknown>)[key];
    if (typeof value === 'string') Object.assign(draft, { [key]: value });
  }
  if (!(LEGAL_FORMS as readonly string[]).includes(draft.legalForm))
    draft.legalForm = EMPTY_ORGANISATION_INPUT.legalForm;
  if (!(IDEA_REGISTRATIONS as readonly string[]).includes(draft.ideaRegistration))
    draft.ideaRegistration = 'unknown';
  return draft;
}

export const organisationDraftKey = (organisationId: string | undefined) =>
  `organisation:${organisationId ?? 'new'}`;
