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

/** True when anything narrows the list; without filters it is read page by page from an index. */
export const hasInquiryFilters = (query: InquiryListQuery) =>
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

/** A column's first ids, and how many it holds (null: not counted, see queryInquiryBoard). */
export type BoardColumn = { ids: string[]; total: number | null };

const stageRange = (stage: InquiryStage) =>
  db.inquiries.where('[stage+updatedAt]').between([stage, ''], [stage, '\uffff']);

/**
 * The board's columns: the ids of the first `limit` per stage (all when no limit), and per stage
 * how many match. Unfiltered and by last change, a column is a short read of the [stage+updatedAt]
 * index and its total is left null: counting is linear in IndexedDB (≈0.4 s for 30 000 closed
 * inquiries), so the board shows its cards first and asks queryBoardCounts separately.
 * Otherwise the filtered ids are split by stage, which counts them on the way.
 */
export async function queryInquiryBoard(
  query: InquiryListQuery,
  today: string,
  limit = Number.POSITIVE_INFINITY,
): Promise<Record<InquiryStage, BoardColumn>> {
  const board = Object.fromEntries(
    INQUIRY_STAGES.map((stage) => [stage, { ids: [] as string[], total: 0 }]),
  ) as Record<InquiryStage, BoardColumn>;
  if (!hasInquiryFilters({ ...query, stage: '' }) && query.sort === 'updated') {
    // All five reads at once: one wait for IndexedDB instead of five.
    const columns = await Promise.all(
      INQUIRY_STAGES.map((stage) => {
        const newest = stageRange(stage).reverse();
        return (Number.isFinite(limit) ? newest.limit(limit) : newest).primaryKeys();
      }),
    );
    INQUIRY_STAGES.forEach((stage, index) => {
      board[stage] = { ids: (columns[index] ?? []) as string[], total: null };
    });
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
    const column = board[stage];
    column.total = (column.total ?? 0) + 1;
    if (column.ids.length < limit) column.ids.push(id);
  }
  return board;
}

/** How many inquiries each stage holds: five index counts at once. */
export async function queryBoardCounts(): Promise<Record<InquiryStage, number>> {
  const counts = await Promise.all(INQUIRY_STAGES.map((stage) => stageRange(stage).count()));
  return Object.fromEntries(
    INQUIRY_STAGES.map((stage, index) => [stage, counts[index] ?? 0]),
  ) as Record<InquiryStage, number>;
}

export type InquiryRow = InquiryEntity & { organisationName: string };

/** Inquiries with their organisation's name (one bulk read for all of them). */
export async function withOrganisationNames(inquiries: InquiryEntity[]): Promise<InquiryRow[]> {
  const organisations = await db.organisations.bulkGet([
    ...new Set(inquiries.map((row) => row.organisationId)),
  ]);
  const names = new Map(organisations.flatMap((row) => (row ? [[row.id, row.name] as const] : [])));
  return inquiries.map((row) => ({
    ...row,
    organisationName: names.get(row.organisationId) ?? '',
  }));
}

/** The rows for a visible window, with their organisation's name. */
export async function inquiryRowsByIds(ids: string[]): Promise<InquiryRow[]> {
  const inquiries = (await db.inquiries.bulkGet(ids)).filter(
    (row): row is InquiryEntity => row !== undefined,
  );
  return withOrganisationNames(inquiries);
}
