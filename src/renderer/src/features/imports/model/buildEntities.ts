import type { ContactPersonInput } from '../../contacts/model/contactPersonInput';
import type {
  CallEntity,
  ContactPersonEntity,
  InquiryEntity,
  OrganisationEntity,
} from '../../../domain/entities';
import { inquirySearchWords } from '../../../domain/inquirySearchWords';
import type { OrganisationFields } from '../../organisations/model/organisationInput';
import { digitsOf, searchWordsOf, swedishSortKey } from '../../../domain/swedishText';
import type { CallDraft, InquiryDraft } from './rowDraft';

/**
 * Full stored records from validated drafts, with the same derived fields the repositories give
 * records created in the app (nameKey, searchWords, phoneDigits, status, timestamps).
 */
export type EntityStamp = { id: string; at: string; actorId: string | null };

export function organisationDerived(fields: Pick<OrganisationFields, 'name' | 'phone'>) {
  return {
    nameKey: swedishSortKey(fields.name),
    searchWords: searchWordsOf(fields.name),
    phoneDigits: digitsOf(fields.phone),
  };
}

export function buildOrganisation(
  fields: OrganisationFields,
  { id, at, actorId }: EntityStamp,
): OrganisationEntity {
  return {
    id,
    ...fields,
    ...organisationDerived(fields),
    status: 'active',
    lastContactedAt: null,
    createdBy: actorId,
    createdAt: at,
    updatedAt: at,
  };
}

export function buildContactPerson(
  organisationId: string,
  input: ContactPersonInput,
  isPrimary: boolean,
  { id, at }: EntityStamp,
): ContactPersonEntity {
  return {
    id,
    organisationId,
    ...input,
    isPrimary,
    nameKey: swedishSortKey(input.name),
    phoneDigits: digitsOf(input.phone),
    status: 'active',
    createdAt: at,
    updatedAt: at,
  };
}

export function buildInquiry(
  organisationId: string,
  contactPersonId: string | null,
  draft: InquiryDraft,
  { id, at, actorId }: EntityStamp,
): InquiryEntity {
  const matches = draft.priorityAreaId
    ? [{ priorityAreaId: draft.priorityAreaId, rationale: '', fromSuggestion: false }]
    : [];
  return {
    id,
    organisationId,
    contactPersonId,
    title: draft.title,
    offer: draft.offer,
    targetGroup: draft.targetGroup,
    initiative: 'organisation',
    channel: 'telefon',
    estimatedYearlyValue: draft.estimatedYearlyValue,
    diarienummer: draft.diarienummer,
    responsibleNavigatorId: actorId,
    stage: draft.stage,
    matches,
    priorityAreaIds: matches.map((match) => match.priorityAreaId),
    searchWords: inquirySearchWords(draft),
    unitId: null,
    handoff: null,
    handoffPath: '',
    outcome: null,
    receivedAt: draft.receivedAt,
    closedAt: draft.stage === 'avslutat' ? at : null,
    createdAt: at,
    updatedAt: at,
  };
}

export function buildCall(
  organisationId: string,
  contactPersonId: string | null,
  inquiryId: string | null,
  draft: CallDraft,
  { id, at, actorId }: EntityStamp,
): CallEntity {
  return {
    id,
    organisationId,
    contactPersonId,
    inquiryId,
    navigatorId: actorId,
    occurredAt: draft.occurredAt,
    direction: draft.direction,
    durationMinutes: draft.durationMinutes,
    outcome: 'talade_med',
    summary: draft.summary,
    noteKind: 'tjansteanteckning',
    createdAt: at,
    updatedAt: at,
  };
}
