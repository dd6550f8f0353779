import { useLiveQuery } from 'dexie-react-hooks';
import {
  callPageByIds,
  callRangePage,
  organisationNameById,
  type CallPage,
} from '../data/callPages';
import type { CallListQuery } from '../data/callPages';

/** Rows are read in aligned chunks, so scrolling a few rows does not re-query. */
export const CALL_CHUNK = 100;

/** The aligned window around the visible rows: one chunk before, the visible chunk and one after. */
export function callWindow(firstIndex: number, lastIndex: number, count: number) {
  const start = Math.max(0, Math.floor(firstIndex / CALL_CHUNK) * CALL_CHUNK - CALL_CHUNK);
  const end = Math.min(count, (Math.floor(lastIndex / CALL_CHUNK) + 2) * CALL_CHUNK);
  return { start, end };
}

/** The calls (with names) around the visible window of an id list; undefined while loading. */
export function useCallPageByIds(
  ids: string[],
  firstIndex: number,
  lastIndex: number,
): CallPage | undefined {
  const { start, end } = callWindow(firstIndex, lastIndex, ids.length);
  const windowIds = ids.slice(start, end);
  return useLiveQuery(() => callPageByIds(windowIds, start), [start, windowIds.join(',')]);
}

/**
 * The calls (with names) around the visible window of a single-range list, read from the index
 * with offset/limit. The window does not depend on the count, so counting does not re-read it.
 */
export function useCallRangePage(
  query: CallListQuery,
  firstIndex: number,
  lastIndex: number,
): CallPage | undefined {
  const { start, end } = callWindow(firstIndex, lastIndex, Infinity);
  const { fromIso, toIso, navigatorId, organisationId, direction, outcome } = query;
  return useLiveQuery(
    () => callRangePage(query, start, end - start),
    [fromIso, toIso, navigatorId, organisationId, direction, outcome, start, end],
  );
}

/** The name of one organisation (for the "only this organisation" line); '' when it is unknown. */
export function useOrganisationName(organisationId: string): string | undefined {
  return useLiveQuery(() => organisationNameById(organisationId), [organisationId]);
}
