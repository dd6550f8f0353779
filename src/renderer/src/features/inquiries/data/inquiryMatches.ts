import type { InquiryEntity, InquiryStage } from '../../../domain/entities';
import { INQUIRY_STAGES } from '../../../domain/entities';
import { normaliseWords } from '../../../domain/swedishText';
import { db } from '../../../db/db';
import { hasIopRisk } from '../model/iopRules';
import { hasInquiryFilters, type InquiryListQuery } from './inquiryQueries';

/**
 * Which inquiries a filtered list holds, as a plan the screens can read fast at 50 000 inquiries:
 * - `ids`: few enough matches (≤ IN_MEMORY_LIMIT) to read their rows, filter and sort in memory;
 * - `scan`: many matches: their id set (null: no filter at all, every inquiry); the rows are paged
 *   from the sort index, keeping the matching ones (dense matches fill a page after a short read).
 * Neither reads all 50 000 keys of the sort index (≈0.7 s in Chromium).
 * Inside liveQuery: every await below is a Dexie query (see organisationQueries.ts for why).
 */
export type InquiryPlan =
  | { kind: 'ids'; ids: string[]; rows: InquiryEntity[] }
  | { kind: 'scan'; matches: Set<string> | null };

/** Up to this many matches, their rows are read and sorted in memory (cost ∝ matches); beyond it,
 * paging the sort index is cheaper (cost ∝ page × total / matches). They cross near 4 000. */
export const IN_MEMORY_LIMIT = 5000;

export const OPEN_STAGES: InquiryStage[] = INQUIRY_STAGES.filter((stage) => stage !== 'avslutat');

const keys = async (collection: { primaryKeys(): Promise<unknown[]> }) =>
  new Set((await collection.primaryKeys()) as string[]);

/** Inquiries with an open follow-up due before today. */
export async function overdueInquiryIds(today: string): Promise<Set<string>> {
  const overdue = await db.followUps
    .where('[status+dueDate]')
    .between(['open', ''], ['open', today])
    .toArray();
  return new Set(overdue.flatMap((followUp) => (followUp.inquiryId ? [followUp.inquiryId] : [])));
}

/** Flagged IOPs: read through the handoffPath index, then their answers are assessed. */
async function iopRiskIds(): Promise<Set<string>> {
  const iops = await db.inquiries.where('handoffPath').equals('iop').toArray();
  return new Set(iops.filter(hasIopRisk).map((row) => row.id));
}

/** Every typed word must find the inquiry by its own words or by its organisation's name. */
async function idsMatchingText(words: string[]): Promise<Set<string>> {
  const perWord: Set<string>[] = [];
  for (const word of words) {
    const own = await keys(db.inquiries.where('searchWords').startsWith(word));
    const organisationIds = (await db.organisations
      .where('searchWords')
      .startsWith(word)
      .limit(2000)
      .primaryKeys()) as string[];
    // One equality read per organisation, all at once: 3× faster in Chromium than anyOf's cursor.
    // (Never an await of an empty Promise.all: an await that reads nothing ends liveQuery tracking.)
    const perOrganisation = organisationIds.length
      ? await Promise.all(
          organisationIds.map((id) =>
            db.inquiries.where('organisationId').equals(id).primaryKeys(),
          ),
        )
      : [];
    const byOrganisation = new Set(perOrganisation.flat() as string[]);
    perWord.push(new Set([...own, ...byOrganisation]));
  }
  return intersect(perWord);
}

function intersect(sets: Set<string>[]): Set<string> {
  const [first = new Set<string>(), ...rest] = [...sets].sort((a, b) => a.size - b.size);
  return new Set([...first].filter((id) => rest.every((set) => set.has(id))));
}

/** Newest first by the sort key, ties in reverse id order — exactly what the reversed index gives. */
export function sortRows(rows: InquiryEntity[], sort: InquiryListQuery['sort']): InquiryEntity[] {
  const key = (row: InquiryEntity) => (sort === 'updated' ? row.updatedAt : row.receivedAt);
  return [...rows].sort((a, b) =>
    key(a) !== key(b) ? (key(a) < key(b) ? 1 : -1) : a.id < b.id ? 1 : a.id > b.id ? -1 : 0,
  );
}

/** Rows in memory: the filters of the query checked on each row. */
async function filterRows(
  ids: Set<string>,
  query: InquiryListQuery,
  today: string,
  openOnly: boolean,
): Promise<InquiryPlan> {
  const rows = (await db.inquiries.bulkGet([...ids])).filter(
    (row): row is InquiryEntity => row !== undefined,
  );
  const overdue = query.hasOverdueFollowUp ? await overdueInquiryIds(today) : null;
  const kept = rows.filter(
    (row) =>
      (!query.stage || row.stage === query.stage) &&
      (!openOnly || row.stage !== 'avslutat') &&
      (!query.priorityAreaId || row.priorityAreaIds.includes(query.priorityAreaId)) &&
      (!query.unitId || row.unitId === query.unitId) &&
      (!query.navigatorId || row.responsibleNavigatorId === query.navigatorId) &&
      (!query.handoffPath || row.handoffPath === query.handoffPath) &&
      (!query.iopRisk || hasIopRisk(row)) &&
      (!query.fromIso || row.receivedAt >= query.fromIso) &&
      (!query.toIso || row.receivedAt <= query.toIso) &&
      (!overdue || overdue.has(row.id)),
  );
  const sorted = sortRows(kept, query.sort);
  return { kind: 'ids', ids: sorted.map((row) => row.id), rows: sorted };
}

/** The id sets of the query's index filters (text aside), each an indexed key read. */
async function filterKeySets(
  query: InquiryListQuery,
  today: string,
  openOnly: boolean,
): Promise<Set<string>[]> {
  const sets: Set<string>[] = [];
  const where = (index: string, value: string) => keys(db.inquiries.where(index).equals(value));
  if (query.stage) sets.push(await where('stage', query.stage));
  else if (openOnly) sets.push(await keys(db.inquiries.where('stage').anyOf(OPEN_STAGES)));
  if (query.priorityAreaId) sets.push(await where('priorityAreaIds', query.priorityAreaId));
  if (query.unitId) sets.push(await where('unitId', query.unitId));
  if (query.navigatorId) sets.push(await where('responsibleNavigatorId', query.navigatorId));
  if (query.handoffPath) sets.push(await where('handoffPath', query.handoffPath));
  if (query.iopRisk) sets.push(await iopRiskIds());
  if (query.fromIso || query.toIso) {
    const range = db.inquiries
      .where('receivedAt')
      .between(query.fromIso, query.toIso || '\uffff', true, true);
    sets.push(await keys(range));
  }
  if (query.hasOverdueFollowUp) sets.push(await overdueInquiryIds(today));
  if (openOnly && query.stage === 'avslutat') sets.push(new Set());
  return sets;
}

/**
 * The plan for a filtered query (see InquiryPlan); `openOnly` leaves out closed inquiries.
 * `inMemoryLimit` is a parameter so tests can reach the scan path with a handful of rows.
 */
export async function planInquiryQuery(
  query: InquiryListQuery,
  today: string,
  openOnly = false,
  inMemoryLimit = IN_MEMORY_LIMIT,
): Promise<InquiryPlan> {
  const words = normaliseWords(query.text);
  // Decided before any await: awaiting a function that reads nothing would end liveQuery tracking.
  if (!hasInquiryFilters(query) && !openOnly) return { kind: 'scan', matches: null };
  const textMatches = words.length > 0 ? await idsMatchingText(words) : null;
  // A narrow text search: check the other filters on its few rows instead of reading their keys.
  if (textMatches && textMatches.size <= inMemoryLimit)
    return filterRows(textMatches, query, today, openOnly);
  const sets = await filterKeySets(query, today, openOnly);
  if (textMatches) sets.push(textMatches);
  const matches = intersect(sets);
  if (matches.size <= inMemoryLimit) return filterRows(matches, query, today, openOnly);
  return { kind: 'scan', matches };
}
