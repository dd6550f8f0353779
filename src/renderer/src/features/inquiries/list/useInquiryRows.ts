import { useLiveQuery } from 'dexie-react-hooks';
import { inquiryPage } from '../data/inquiryPages';
import { inquiryRowsByIds, type InquiryRow, type InquirySort } from '../data/inquiryQueries';

const CHUNK = 100;

/** The aligned chunk window around the visible rows, so scrolling a few rows does not re-query. */
function chunkWindow(firstIndex: number, lastIndex: number): { start: number; end: number } {
  const start = Math.max(0, Math.floor(firstIndex / CHUNK) * CHUNK - CHUNK);
  const end = (Math.floor(lastIndex / CHUNK) + 2) * CHUNK;
  return { start, end };
}

/** True when the visible rows lie in the first chunk window, the one a list loads first. */
export function isInFirstWindow(firstIndex: number, lastIndex: number): boolean {
  const window = chunkWindow(firstIndex, lastIndex);
  const first = chunkWindow(0, 0);
  return window.start === first.start && window.end === first.end;
}

/**
 * Loads the rows of a known id list around the visible window (as the organisation list does).
 * Returns a lookup by id; missing ids are still loading.
 */
export function useInquiryRows(
  ids: string[],
  firstIndex: number,
  lastIndex: number,
): Map<string, InquiryRow> {
  const { start, end } = chunkWindow(firstIndex, lastIndex);
  const windowIds = ids.slice(start, Math.min(ids.length, end));
  const rows = useLiveQuery(() => inquiryRowsByIds(windowIds), [windowIds.join(',')]);
  return new Map((rows ?? []).map((row) => [row.id, row]));
}

export type InquiryPageWindow = { start: number; rows: InquiryRow[] };

/**
 * The list's rows around the visible window, read by offset from the sort index: unfiltered, or
 * keeping `matches` (a broad filter's ids).
 */
export function usePagedInquiryRows(
  sort: InquirySort,
  openOnly: boolean,
  firstIndex: number,
  lastIndex: number,
  matches: Set<string> | null = null,
  isEnabled = true,
): InquiryPageWindow | undefined {
  const { start, end } = chunkWindow(firstIndex, lastIndex);
  const rows = useLiveQuery(
    () =>
      isEnabled ? inquiryPage(sort, openOnly, start, end - start, matches) : Promise.resolve(null),
    [sort, openOnly, start, end, matches, isEnabled],
  );
  return rows ? { start, rows } : undefined;
}
