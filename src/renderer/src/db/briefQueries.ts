import { Dexie } from 'dexie';
import type { BriefEntity } from '../domain/brief';
import type {
  AgendaBriefData,
  BriefLookups,
  BriefPeriod,
  ManagementBriefData,
  OrganisationBriefData,
} from '../domain/briefs/briefData';
import type { InquiryEntity, IsoDate } from '../domain/entities';
import { db } from './db';

/**
 * Gathers what a brief shows with indexed reads only. Every await here is a Dexie call, so these
 * can run inside useLiveQuery and the preview follows the data as it changes.
 */

/** Calls read for a brief: more than it shows, so private notes can be skipped. */
const CALLS_READ = 20;

export async function listBriefs(): Promise<BriefEntity[]> {
  return db.briefs.orderBy('updatedAt').reverse().toArray();
}

export async function getBrief(id: string): Promise<BriefEntity | null> {
  return (await db.briefs.get(id)) ?? null;
}

async function loadLookups(): Promise<BriefLookups> {
  const [priorityAreas, units, navigators] = await Promise.all([
    db.priorityAreas.orderBy('order').toArray(),
    db.units.toArray(),
    db.navigators.toArray(),
  ]);
  return { priorityAreas, units, navigators };
}

export async function loadOrganisationBriefData(
  organisationId: string,
): Promise<OrganisationBriefData | null> {
  const organisation = await db.organisations.get(organisationId);
  if (!organisation) return null;
  const [contacts, inquiries, calls, followUps, lookups] = await Promise.all([
    db.contactPersons.where('organisationId').equals(organisationId).toArray(),
    db.inquiries.where('organisationId').equals(organisationId).toArray(),
    db.calls
      .where('[organisationId+occurredAt]')
      .between([organisationId, Dexie.minKey], [organisationId, Dexie.maxKey])
      .reverse()
      .limit(CALLS_READ)
      .toArray(),
    db.followUps.where('organisationId').equals(organisationId).toArray(),
    loadLookups(),
  ]);
  return {
    organisation,
    contacts,
    inquiries,
    calls,
    openFollowUps: followUps.filter((followUp) => followUp.status === 'open'),
    ...lookups,
  };
}

export async function loadAgendaBriefData(inquiryIds: string[]): Promise<AgendaBriefData> {
  const found = await db.inquiries.bulkGet(inquiryIds);
  const inquiries = found.filter((inquiry): inquiry is InquiryEntity => inquiry !== undefined);
  const [organisations, contacts, callLists, followUps, lookups] = await Promise.all([
    db.organisations.bulkGet(inquiries.map((inquiry) => inquiry.organisationId)),
    db.contactPersons.bulkGet(inquiries.map((inquiry) => inquiry.contactPersonId ?? '')),
    Promise.all(
      inquiries.map((inquiry) =>
        db.calls
          .where('[inquiryId+occurredAt]')
          .between([inquiry.id, Dexie.minKey], [inquiry.id, Dexie.maxKey])
          .reverse()
          .limit(CALLS_READ)
          .toArray(),
      ),
    ),
    db.followUps
      .where('inquiryId')
      .anyOf(inquiries.map((inquiry) => inquiry.id))
      .toArray(),
    loadLookups(),
  ]);
  return {
    items: inquiries.map((inquiry, index) => ({
      inquiry,
      organisation: organisations[index] ?? null,
      contact: contacts[index] ?? null,
      calls: callLists[index] ?? [],
      openFollowUps: followUps.filter(
        (followUp) => followUp.inquiryId === inquiry.id && followUp.status === 'open',
      ),
    })),
    ...lookups,
  };
}

/**
 * Inquiries decided on or signed in the period but received before it. A decision or outcome is
 * saved with a new updatedAt, and is dated no later than it is recorded, so such an inquiry has
 * receivedAt before the period and updatedAt inside or after it: two key-only index reads, then
 * only the inquiries in both are read. Over a long period the first read is (nearly) empty.
 */
async function loadDecidedBefore(period: BriefPeriod): Promise<InquiryEntity[]> {
  const receivedBefore = await db.inquiries.where('receivedAt').below(period.startAt).primaryKeys();
  if (receivedBefore.length === 0) return [];
  const touched = new Set(
    await db.inquiries.where('updatedAt').aboveOrEqual(period.startAt).primaryKeys(),
  );
  const candidates = receivedBefore.filter((id) => touched.has(id));
  const inPeriod = (date: string | null | undefined) =>
    date !== null && date !== undefined && date >= period.start && date <= period.end;
  const found = await db.inquiries.bulkGet(candidates);
  return found.filter(
    (inquiry): inquiry is InquiryEntity =>
      inquiry !== undefined &&
      (inPeriod(inquiry.handoff?.decidedAt) || inPeriod(inquiry.outcome?.signedAt)),
  );
}

/**
 * The period's inquiries by the receivedAt index, plus the earlier ones decided or signed in it
 * (see loadDecidedBefore); overdue follow-ups by [status+dueDate]. No full-table reads.
 */
export async function loadManagementBriefData(
  period: BriefPeriod,
  today: IsoDate,
): Promise<ManagementBriefData> {
  const [received, decided, overdueFollowUps, lookups] = await Promise.all([
    db.inquiries.where('receivedAt').between(period.startAt, period.endAt, true, true).toArray(),
    loadDecidedBefore(period),
    db.followUps
      .where('[status+dueDate]')
      .between(['open', Dexie.minKey], ['open', today], true, false)
      .toArray(),
    loadLookups(),
  ]);
  const organisationIds = [...new Set(overdueFollowUps.map((followUp) => followUp.organisationId))];
  const organisations = await db.organisations.bulkGet(organisationIds);
  const organisationNames: Record<string, string> = {};
  organisations.forEach((organisation) => {
    if (organisation) organisationNames[organisation.id] = organisation.name;
  });
  return {
    period,
    inquiries: [...received, ...decided],
    overdueFollowUps,
    organisationNames,
    ...lookups,
  };
}
