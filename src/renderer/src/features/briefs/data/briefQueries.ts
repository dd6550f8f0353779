import { Dexie } from 'dexie';
import type { BriefEntity } from '../../../domain/brief';
import type {
  AgendaBriefData,
  BriefLookups,
  BriefPeriod,
  ManagementBriefData,
  OrganisationBriefData,
} from '../model/briefData';
import { OVERDUE_LIST_LIMIT } from '../model/managementBrief';
import { managementFigures } from '../model/managementFigures';
import { spansMostOfHistory } from '../model/managementRead';
import type { InquiryEntity, IsoDate } from '../../../domain/entities';
import { localDateOf } from '../../exports/model/localTime';
import { db } from '../../../db/db';

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

const LOOKUP_TABLES = () => [db.priorityAreas, db.units, db.navigators];

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
 * Inquiries decided on or signed in the period but received before it: by the indexes of those two
 * dates (key-only reads of the period's range), then those rows. Exact whenever a decision was
 * recorded, even ahead of its date.
 */
async function loadEarlierDecided(period: BriefPeriod): Promise<InquiryEntity[]> {
  const [decided, signed] = await Promise.all([
    db.inquiries
      .where('handoff.decidedAt')
      .between(period.start, period.end, true, true)
      .primaryKeys(),
    db.inquiries
      .where('outcome.signedAt')
      .between(period.start, period.end, true, true)
      .primaryKeys(),
  ]);
  const found = await db.inquiries.bulkGet([...new Set([...decided, ...signed])]);
  return found.filter(
    (inquiry): inquiry is InquiryEntity =>
      inquiry !== undefined && inquiry.receivedAt < period.startAt,
  );
}

/**
 * The inquiries the figures need: received in the period (by the receivedAt index) plus the earlier
 * ones decided or signed in it; or the whole table when that is the cheaper read (managementRead.ts).
 */
async function loadPeriodInquiries(period: BriefPeriod, today: IsoDate): Promise<InquiryEntity[]> {
  const [oldest] = await db.inquiries.orderBy('receivedAt').limit(1).keys();
  if (!spansMostOfHistory(period, typeof oldest === 'string' ? oldest : undefined, today)) {
    const [received, earlier] = await Promise.all([
      db.inquiries.where('receivedAt').between(period.startAt, period.endAt, true, true).toArray(),
      loadEarlierDecided(period),
    ]);
    return [...received, ...earlier];
  }
  return db.inquiries.toArray();
}

/**
 * The summary's figures, computed here once per period (never per keystroke in the free text), and
 * the overdue follow-ups: counted by [status+dueDate], only the listed ones read.
 *
 * One explicit read transaction: inside useLiveQuery it is still observed, but Dexie's query cache
 * (which deep-clones every result row, seconds for 50 000 inquiries) is only used outside one.
 */
export function loadManagementBriefData(
  period: BriefPeriod,
  today: IsoDate,
): Promise<ManagementBriefData> {
  const tables = [db.inquiries, db.followUps, db.organisations, ...LOOKUP_TABLES()];
  return db.transaction('r', tables, () => readManagement(period, today));
}

async function readManagement(period: BriefPeriod, today: IsoDate): Promise<ManagementBriefData> {
  const overdue = () =>
    db.followUps
      .where('[status+dueDate]')
      .between(['open', Dexie.minKey], ['open', today], true, false);
  const [inquiries, overdueCount, overdueListed, lookups] = await Promise.all([
    loadPeriodInquiries(period, today),
    overdue().count(),
    overdue().limit(OVERDUE_LIST_LIMIT).toArray(),
    loadLookups(),
  ]);
  const organisationIds = [...new Set(overdueListed.map((followUp) => followUp.organisationId))];
  const organisations = await db.organisations.bulkGet(organisationIds);
  const organisationNames: Record<string, string> = {};
  organisations.forEach((organisation) => {
    if (organisation) organisationNames[organisation.id] = organisation.name;
  });
  const figures = managementFigures(
    { period, inquiries, priorityAreas: lookups.priorityAreas, overdueFollowUps: overdueCount },
    (iso) => localDateOf(iso) ?? '',
  );
  return { period, figures, overdueListed, organisationNames, ...lookups };
}
