import { useLiveQuery } from 'dexie-react-hooks';
import { inquiryRowsByIds, type InquiryRow } from '../../db/inquiryQueries';

const CHUNK = 100;

/**
 * Loads the rows around the visible window, in aligned chunks so scrolling a few rows does not
 * re-query (as the organisation list does). Returns a lookup by id; missing ids are still loading.
 */
export function useInquiryRows(
  ids: string[],
  firstIndex: number,
  lastIndex: number,
): Map<string, InquiryRow> {
  const start = Math.max(0, Math.floor(firstIndex / CHUNK) * CHUNK - CHUNK);
  const end = Math.min(ids.length, (Math.floor(lastIndex / CHUNK) + 2) * CHUNK);
  const windowIds = ids.slice(start, end);
  const rows = useLiveQuery(() => inquiryRowsByIds(windowIds), [windowIds.join(',')]);
  return new Map((rows ?? []).map((row) => [row.id, row]));
}
