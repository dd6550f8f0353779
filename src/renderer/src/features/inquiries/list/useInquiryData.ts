import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/db';
import { planInquiryQuery, type InquiryPlan } from '../data/inquiryMatches';
import {
  inquiryRowsByIds,
  queryBoardCounts,
  queryInquiryBoard,
  type InquiryListQuery,
  type InquiryRow,
} from '../data/inquiryQueries';
import { INQUIRY_STAGES, type InquiryStage } from '../../../domain/entities';
import { todayIso } from '../../../lib/dates';

/** A board column shows at most this many cards; the rest are one link away, in the list. */
export const BOARD_COLUMN_LIMIT = 100;

/** The plan of a filtered list (few ids, or a broad id set to page through), live. */
export function useInquiryPlan(
  query: InquiryListQuery,
  openOnly: boolean,
): InquiryPlan | undefined {
  const today = todayIso();
  return useLiveQuery(
    () => planInquiryQuery(query, today, openOnly),
    [JSON.stringify(query), today, openOnly],
  );
}

export type BoardData = {
  /** How many inquiries match per column (counts and "show all"); null while still counting. */
  columns: Record<InquiryStage, number> | null;
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
  const totals = INQUIRY_STAGES.map((stage) => board[stage].total);
  const columns = totals.every((total) => total !== null)
    ? (Object.fromEntries(INQUIRY_STAGES.map((stage, i) => [stage, totals[i]])) as Record<
        InquiryStage,
        number
      >)
    : null;
  const rows = await inquiryRowsByIds(INQUIRY_STAGES.flatMap((stage) => shown[stage]));
  return { columns, shown, rows: new Map(rows.map((row) => [row.id, row])) };
}

/**
 * The board's columns and cards, live; undefined while loading. Unfiltered, the cards come first
 * and the column counts follow from their own (slower) query, so the board is usable at once.
 */
export function useInquiryBoard(
  query: InquiryListQuery,
  pinnedId: string | null,
): BoardData | undefined {
  const today = todayIso();
  const board = useLiveQuery(
    () => loadBoard(query, today, pinnedId),
    [JSON.stringify(query), today, pinnedId],
  );
  // Counted only once the cards are in: IndexedDB serves one reader at a time in practice, and
  // counting 50 000 entries first would hold the cards back by half a second.
  const needsCounts = board !== undefined && board.columns === null;
  const counts = useLiveQuery(
    () => (needsCounts ? queryBoardCounts(query, today) : Promise.resolve(null)),
    [JSON.stringify(query), today, needsCounts],
  );
  if (!board) return undefined;
  return board.columns || !counts ? board : { ...board, columns: counts };
}
