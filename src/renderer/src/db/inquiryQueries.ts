import type { HandoffPath, InquiryEntity, InquiryStage } from '../domain/entities';
import { INQUIRY_STAGES } from '../domain/entities';
import { normaliseWords } from '../domain/swedishText';
import { db } from './db';

export type InquirySort = 'updated' | 'received';

export type InquiryListQuery = {
  stage: InquiryStage | '';
  priorityAreaId: string;
  unitId: string;
  navigatorId: string;
  handoffPath: HandoffPath | '';
  hasOverdueFollowUp: boolean;
  /** ISO timestamps bounding receivedAt; '' for open-ended. */
  fromIso: string;
  toIso: string;
  text: string;
  sort: InquirySort;
};

export const DEFAULT_INQUIRY_QUERY: InquiryListQuery = {
  stage: '',
  priorityAreaId: '',
  unitId: '',
  navigatorId: '',
  handoffPath: '',
  hasOverdueFollowUp: false,
  fromIso: '',
  toIso: '',
  text: '',
  sort: 'updated',
};

const keys = async (collection: { primaryKeys(): Promise<unknown[]> }) =>
  new Set((await collection.primaryKeys()) as string[]);

/** Up to this many text matches, their rows are read, filtered and sorted in memory. */
const IN_MEMORY_LIMIT = 5000;

const hasFilters = (query: InquiryListQuery) =>
  Boolean(
    query.stage ||
    query.priorityAreaId ||
    query.unitId ||
    query.navigatorId ||
    query.handoffPath ||
    query.hasOverdueFollowUp ||
    query.fromIso ||
    query.toIso ||
    normaliseWords(query.text).length > 0,
  );

/** Inquiries with an open follow-up due before today. */
async function overdueInquiryIds(today: string): Promise<Set<string>> {
  const overdue = await db.followUps
    .where('[status+dueDate]')
    .between(['open', ''], ['open', today])
    .toArray();
  return new Set(overdue.flatMap((followUp) => (followUp.inquiryId ? [followUp.inquiryId] : [])));
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
    const byOrganisation = organisationIds.length
      ? await keys(db.inquiries.where('organisationId').anyOf(organisationIds))
      : new Set<string>();
    perWord.push(new Set([...own, ...byOrganisation]));
  }
  const [first = new Set<string>(), ...rest] = perWord;
  return new Set([...first].filter((id) => rest.every((set) => set.has(id))));
}

/** A narrow text search: filter and sort the few matching rows in memory, in the index order. */
async function sortMatches(
  ids: Set<string>,
  query: InquiryListQuery,
  today: string,
): Promise<string[]> {
  const rows = (await db.inquiries.bulkGet([...ids])).filter(
    (row): row is InquiryEntity => row !== undefined,
  );
  const overdue = query.hasOverdueFollowUp ? await overdueInquiryIds(today) : null;
  const kept = rows.filter(
    (row) =>
      (!query.stage || row.stage === query.stage) &&
      (!query.priorityAreaId || row.priorityAreaIds.includes(query.priorityAreaId)) &&
      (!query.unitId || row.unitId === query.unitId) &&
      (!query.navigatorId || row.responsibleNavigatorId === query.navigatorId) &&
      (!query.handoffPath || row.handoffPath === query.handoffPath) &&
      (!query.fromIso || row.receivedAt >= query.fromIso) &&
      (!query.toIso || row.receivedAt <= query.toIso) &&
      (!overdue || overdue.has(row.id)),
  );
  const key = (row: InquiryEntity) => (query.sort === 'updated' ? row.updatedAt : row.receivedAt);
  // Newest first, ties in reverse id order — exactly what the reversed index gives.
  kept.sort((a, b) =>
    key(a) !== key(b) ? (key(a) < key(b) ? 1 : -1) : a.id < b.id ? 1 : a.id > b.id ? -1 : 0,
  );
  return kept.map((row) => row.id);
}

/**
 * Ids of the inquiries a list or board shows, newest first: from index keys, or for a narrow text
 * search from the few matching rows. Inside liveQuery: every await below is a Dexie query (see
 * organisationQueries.ts for why that matters).
 */
export async function queryInquiryIds(query: InquiryListQuery, today: string): Promise<string[]> {
  const words = normaliseWords(query.text);
  const textMatches = words.length > 0 ? await idsMatchingText(words) : null;
  if (textMatches && textMatches.size <= IN_MEMORY_LIMIT)
    return sortMatches(textMatches, query, today);
  const ordered = (await db.inquiries
    .orderBy(query.sort === 'updated' ? 'updatedAt' : 'receivedAt')
    .reverse()
    .primaryKeys()) as string[];
  const filters: Set<string>[] = textMatches ? [textMatches] : [];
  if (query.stage) filters.push(await keys(db.inquiries.where('stage').equals(query.stage)));
  if (query.priorityAreaId)
    filters.push(await keys(db.inquiries.where('priorityAreaIds').equals(query.priorityAreaId)));
  if (query.unitId) filters.push(await keys(db.inquiries.where('unitId').equals(query.unitId)));
  if (query.navigatorId)
    filters.push(
      await keys(db.inquiries.where('responsibleNavigatorId').equals(query.navigatorId)),
    );
  if (query.handoffPath)
    filters.push(await keys(db.inquiries.where('handoffPath').equals(query.handoffPath)));
  if (query.fromIso || query.toIso) {
    filters.push(
      await keys(
        db.inquiries
          .where('receivedAt')
          .between(query.fromIso, query.toIso || '\uffff', true, true),
      ),
    );
  }
  if (query.hasOverdueFollowUp) filters.push(await overdueInquiryIds(today));
  if (filters.length === 0) return ordered;
  filters.sort((a, b) => a.size - b.size);
  return ordered.filter((id) => filters.every((set) => set.has(id)));
}

export type BoardColumn = { ids: string[]; total: number };

/**
 * The board's columns: how many inquiries each holds and the ids of the first `limit` (all when no
 * limit). Unfiltered and by last change, a column is a count plus a short read of the
 * [stage+updatedAt] index — never all 50 000 keys; otherwise the filtered ids are split by stage.
 */
export async function queryInquiryBoard(
  query: InquiryListQuery,
  today: string,
  limit = Number.POSITIVE_INFINITY,
): Promise<Record<InquiryStage, BoardColumn>> {
  const board = Object.fromEntries(
    INQUIRY_STAGES.map((stage) => [stage, { ids: [] as string[], total: 0 }]),
  ) as Record<InquiryStage, BoardColumn>;
  if (!hasFilters({ ...query, stage: '' }) && query.sort === 'updated') {
    for (const stage of INQUIRY_STAGES) {
      const range = db.inquiries.where('[stage+updatedAt]').between([stage, ''], [stage, '\uffff']);
      const total = await range.count();
      const newest = range.reverse();
      const ids = (await (
        Number.isFinite(limit) ? newest.limit(limit) : newest
      ).primaryKeys()) as string[];
      board[stage] = { ids, total };
    }
    return board;
  }
  const ids = await queryInquiryIds({ ...query, stage: '' }, today);
  const stageOf = new Map<string, InquiryStage>();
  for (const stage of INQUIRY_STAGES) {
    for (const id of (await db.inquiries.where('stage').equals(stage).primaryKeys()) as string[])
      stageOf.set(id, stage);
  }
  for (const id of ids) {
    const stage = stageOf.get(id);
    if (!stage) continue;
    board[stage].total += 1;
    if (board[stage].ids.length < limit) board[stage].ids.push(id);
  }
  return board;
}

export type InquiryRow = InquiryEntity & { organisationName: string };

/** The rows for a visible window, with their organisation's name. */
export async function inquiryRowsByIds(ids: string[]): Promise<InquiryRow[]> {
  const inquiries = (await db.inquiries.bulkGet(ids)).filter(
    (row): row is InquiryEntity => row !== undefined,
  );
  const organisations = await db.organisations.bulkGet([
    ...new Set(inquiries.map((row) => row.organisationId)),
  ]);
  const names = new Map(organisations.flatMap((row) => (row ? [[row.id, row.name] as const] : [])));
  return inquiries.map((row) => ({
    ...row,
    organisationName: names.get(row.organisationId) ?? '',
  }));
}
