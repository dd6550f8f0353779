import type { InquiryEntity } from '../../../domain/entities';
import { inquirySearchWords } from '../../../domain/inquirySearchWords';
import { nowIso } from '../../../lib/dates';
import { newId } from '../../../lib/ids';
import { db } from '../../../db/db';
import { recordEvent } from '../../../db/eventRepository';

export type NewInquiry = {
  organisationId: string;
  contactPersonId: string | null;
  title: string;
  offer: string;
  receivedAt: string;
  responsibleNavigatorId: string | null;
};

/** A new inquiry enters the pipeline at intake. Call inside a transaction over inquiries and events. */
export async function insertInquiry(
  input: NewInquiry,
  actorId: string | null,
): Promise<InquiryEntity> {
  const at = nowIso();
  const inquiry: InquiryEntity = {
    id: newId(),
    ...input,
    targetGroup: '',
    initiative: 'organisation',
    channel: 'telefon',
    estimatedYearlyValue: null,
    diarienummer: '',
    stage: 'inkommet',
    matches: [],
    priorityAreaIds: [],
    searchWords: inquirySearchWords({ title: input.title, targetGroup: '', diarienummer: '' }),
    unitId: null,
    handoff: null,
    handoffPath: '',
    outcome: null,
    closedAt: null,
    createdAt: at,
    updatedAt: at,
  };
  await db.inquiries.add(inquiry);
  await recordEvent({
    at,
    navigatorId: actorId,
    entityType: 'inquiry',
    entityId: inquiry.id,
    organisationId: inquiry.organisationId,
    inquiryId: inquiry.id,
    kind: 'created',
    summary: inquiry.title,
  });
  return inquiry;
}

/** The organisation's inquiries that are not closed, newest first (for linking a call). */
export async function openInquiriesOf(organisationId: string): Promise<InquiryEntity[]> {
  const inquiries = await db.inquiries.where('organisationId').equals(organisationId).toArray();
  return inquiries
    .filter((inquiry) => inquiry.stage !== 'avslutat')
    .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
}

/** All of an organisation's inquiries: open ones first, newest first within each group. */
export async function inquiriesOfOrganisation(organisationId: string): Promise<InquiryEntity[]> {
  const inquiries = await db.inquiries.where('organisationId').equals(organisationId).toArray();
  return inquiries.sort(
    (a, b) =>
      Number(a.stage === 'avslutat') - Number(b.stage === 'avslutat') ||
      b.receivedAt.localeCompare(a.receivedAt),
  );
}
