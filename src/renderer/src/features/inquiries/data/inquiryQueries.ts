import type { HandoffPath, InquiryEntity, InquiryStage } from '../../../domain/entities';
import { OPEN_STAGES, planInquiryQuery, type InquiryPlan } from './inquiryMatches';
import { INQUIRY_STAGES } from '../../../domain/entities';
import { normaliseWords } from '../../../domain/swedishText';
import { db } from '../../../db/db';

export type InquirySort = 'updated' | 'received';

export type InquiryListQuery = {
  stage: InquiryStage | '';
  priorityAreaId: string;
  unitId: string;
  navigatorId: string;
  handoffPath: HandoffPath | '';
  hasOverdueFollowUp: boolean;
  /** Only flagged IOPs: decided as IOP although the answers show a risk ("IOP med risk"). */
  iopRisk: boolean;
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
  iopRisk: false,
  fromIso: '',
  toIso: '',
  text: '',
  sort: 'updated',
};

/** True when anything narrows the list; without filters it is read page by page from an index. */
export const hasInquiryFilters = (query: InquiryListQuery) =>
  Boolean(
    query.stage ||
    query.priorityAreaId ||
    query.unitId ||
    query.navigatorId ||
    query.handoffPath ||
    query.hasOverdueFollowUp ||
    query.iopRisk ||
    query.fromIso ||
    query.toIso ||
    normaliseWords(query.text).length > 0,
  );

/**
 * All ids of the inquiries a list shows, newest first (an export needs them all; the screens page
 * through a plan instead, see inquiryMatches.ts). Inside liveQuery: every await is a Dexie query.
 */
export async function queryInquiryIds(
  query: InquiryListQuery,
  today: string,
  openOnly = false,
): Promise<string[]> {
  const plan =
    hasInquiryFilters(query) || openOnly
      ? await planInquiryQuery(query, today, openOnly)
      : ({ kind: 'scan', matches: null } satisfies InquiryPlan);
  if (plan.kind === 'ids') return plan.ids;
  const ordered = (await db.inquiries
    .orderBy(query.sort === 'updated' ? 'updatedAt' : 'receivedAt')
    .reverse()
    .primaryKeys()) as string[];
  const { matches } = plan;
  return matches ? ordered.filter((id) => matches.has(id)) : ordered;
}

export type BoardColumn = { ids: string[]; total: number | null };

const stageRange = (stage: InquiryStage) =>
  db.inquiries.where('[stage+updatedAt]').between([stage, ''], [stage, '\uffff']);

/**
 * The board's columns: the ids of the first `limit` per stage (all when no limit), and per stage
 * how many match when that came for free. Counting is linear in IndexedDB (≈0.4 s for 30 000
 * closed inquiries), so for the unfiltered board and for broad filters a column is a short read of
 * its index, its total is left null, and the board asks queryBoardCounts once the cards are shown.
 * Few matches are read as rows and split by stage, which counts them on the way.
 */
export async function queryInquiryBoard(
  query: InquiryListQuery,
  today: string,
  limit = Number.POSITIVE_INFINITY,
): Promise<Record<InquiryStage, BoardColumn>> {
  const board = Object.fromEntries(
    INQUIRY_STAGES.map((stage) => [stage, { ids: [] as string[], total: null }]),
  ) as Record<InquiryStage, BoardColumn>;
  // Unfiltered, no plan is awaited: an await that reads nothing would end liveQuery tracking.
  const plan = hasInquiryFilters({ ...query, stage: '' })
    ? await planInquiryQuery({ ...query, stage: '' }, today)
    : ({ kind: 'scan', matches: null } satisfies InquiryPlan);
  if (plan.kind === 'ids') {
    for (const stage of INQUIRY_STAGES) board[stage].total = 0;
    for (const row of plan.rows) {
      const column = board[row.stage];
      column.total = (column.total ?? 0) + 1;
      if (column.ids.length < limit) column.ids.push(row.id);
    }
    return board;
  }
  const { matches } = plan;
  // All five reads at once: one wait for IndexedDB instead of five.
  const columns = await Promise.all(
    INQUIRY_STAGES.map((stage) => {
      const newest =
        query.sort === 'updated'
          ? stageRange(stage).reverse()
          : db.inquiries
              .orderBy('receivedAt')
              .reverse()
              .filter((row) => row.stage === stage);
      const kept = matches ? newest.filter((row) => matches.has(row.id)) : newest;
      return (Number.isFinite(limit) ? kept.limit(limit) : kept).primaryKeys();
    }),
  );
  INQUIRY_STAGES.forEach((stage, index) => {
    board[stage].ids = (columns[index] ?? []) as string[];
  });
  return board;
}

/** How many inquiries each open stage holds, in OPEN_STAGES order (index counts, at once). */
export function countOpenStages(): Promise<number[]> {
  return Promise.all(OPEN_STAGES.map((stage) => stageRange(stage).count()));
}

/** How many inquiries of the (stage-less) query each stage holds. */
export async function queryBoardCounts(
  query: InquiryListQuery,
  today: string,
): Promise<Record<InquiryStage, number>> {
  const unfiltered = !hasInquiryFilters({ ...query, stage: '' });
  const plan = unfiltered ? null : await planInquiryQuery({ ...query, stage: '' }, today);
  const matches = plan?.kind === 'scan' ? plan.matches : null;
  if (unfiltered) {
    // Closed inquiries are most of a mature register; the table's own count is about twice as fast
    // as counting their index range, so Avslutat is the total less the four open columns.
    const [total, open] = await Promise.all([db.inquiries.count(), countOpenStages()]);
    const counts = Object.fromEntries(
      OPEN_STAGES.map((stage, index) => [stage, open[index] ?? 0]),
    ) as Record<InquiryStage, number>;
    counts.avslutat = total - open.reduce((sum, count) => sum + count, 0);
    return counts;
  }
  const counts = await Promise.all(
    INQUIRY_STAGES.map(async (stage) => {
      if (plan?.kind === 'ids') return plan.rows.filter((row) => row.stage === stage).length;
      if (!matches) return stageRange(stage).count();
      const inStage = (await stageRange(stage).primaryKeys()) as string[];
      return inStage.filter((id) => matches.has(id)).length;
    }),
  );
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
