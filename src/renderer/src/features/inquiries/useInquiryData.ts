import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db';
import {
  inquiryRowsByIds,
  queryInquiryBoard,
  queryInquiryIds,
  type InquiryListQuery,
  type InquiryRow,
} from '../../db/inquiryQueries';
import { INQUIRY_STAGES, type InquiryStage } from '../../domain/entities';
import { todayIso } from '../../lib/dates';

/** A board column shows at most this many cards; the rest are one link away, in the list. */
export const BOARD_COLUMN_LIMIT = 100;

/**
 * The list's ids. "Only open" leaves out closed inquiries from the stage index (keys only, cheap).
 * Both awaits are Dexie reads (queryInquiryIds starts with one), so liveQuery keeps tracking.
 */
async function listIds(query: InquiryListQuery, today: string, openOnly: boolean) {
  const ids = await queryInquiryIds(query, today);
  if (!openOnly) return ids;
  const closed = new Set(
    (await db.inquiries.where('stage').equals('avslutat').primaryKeys()) as string[],
  );
  return ids.filter((id) => !closed.has(id));
}

/** The ids the list shows, live; undefined while loading. */
export function useInquiryIds(query: InquiryListQuery, openOnly: boolean): string[] | undefined {
  const today = todayIso();
  return useLiveQuery(
    () => listIds(query, today, openOnly),
    [JSON.stringify(query), today, openOnly],
  );
}

export type BoardData = {
  /** How many inquiries match per column (for the counts and the "show all" link). */
  columns: Record<InquiryStage, number>;
  /** The ids rendered as cards per column: the first ones, plus a just-moved card. */
  shown: Record<InquiryStage, string[]>;
  rows: Map<string, InquiryRow>;
};

/** Columns, then the rows of the shown cards; each await starts with a Dexie read. */
async function loadBoard(
  query: InquiryListQuery,
  today: string,
  pinnedId: string | null,
): Promise<BoardData> {
  const board = await queryInquiryBoard({ ...query, stage: '' }, today, BOARD_COLUMN_LIMIT);
  // A card moved by keyboard keeps focus even when it lands beyond the first hundred.
  const pinned = pinnedId !== null ? await db.inquiries.get(pinnedId) : undefined;
  const shown = Object.fromEntries(
    INQUIRY_STAGES.map((stage) => {
      const first = board[stage].ids;
      const isPinnedHidden =
        pinned !== undefined && pinned.stage === stage && !first.includes(pinned.id);
      return [stage, isPinnedHidden && pinned ? [...first, pinned.id] : first];
    }),
  ) as Record<InquiryStage, string[]>;
  const columns = Object.fromEntries(
    INQUIRY_STAGES.map((stage) => [stage, board[stage].total]),
  ) as Record<InquiryStage, number>;
  const rows = await inquiryRowsByIds(INQUIRY_STAGES.flatMap((stage) => shown[stage]));
  return { columns, shown, rows: new Map(rows.map((row) => [row.id, row])) };
}

/** The board's columns and cards, live; undefined while loading. */
export function useInquiryBoard(
  query: InquiryListQuery,
  pinnedId: string | null,
): BoardData | undefined {
  const today = todayIso();
  return useLiveQuery(
    () => loadBoard(query, today, pinnedId),
    [JSON.stringify(query), today, pinnedId],
  );
}
