import type { CallDirection, CallEntity } from '../../../domain/entities';
import { db } from '../../../db/db';

/**
 * The Samtal list at scale (200 000 calls over ten years). Each filter has its own
 * [field+occurredAt] index, so a filter is one index range of the period. With at most one filter
 * the list is that range: read a page at a time (offset/limit, newest first) and counted by its own
 * query, so the first rows never wait for a key read of the whole period (≈3 s at 200 000). With
 * several filters, their key ranges are read and intersected, and rows are read for the visible
 * window only.
 */

export type CallListQuery = {
  /** ISO timestamps bounding the period (inclusive), from the local days the user chose. */
  fromIso: string;
  toIso: string;
  navigatorId: string;
  organisationId: string;
  direction: CallDirection | '';
  outcome: string;
};

type CallCollection = ReturnType<typeof db.calls.toCollection>;

/** One index range per filter; the period alone when there is none. */
function callRanges(query: CallListQuery): CallCollection[] {
  const { fromIso: lower, toIso: upper } = query;
  const filters = (
    [
      ['[organisationId+occurredAt]', query.organisationId],
      ['[navigatorId+occurredAt]', query.navigatorId],
      ['[direction+occurredAt]', query.direction],
      ['[outcome+occurredAt]', query.outcome],
    ] as const
  ).filter(([, value]) => value !== '');
  if (filters.length === 0) return [db.calls.where('occurredAt').between(lower, upper, true, true)];
  return filters.map(([index, value]) =>
    db.calls.where(index).between([value, lower], [value, upper], true, true),
  );
}

/** Whether the list is one index range, so it can be paged and counted without reading its keys. */
export function isSingleRangeQuery(query: CallListQuery): boolean {
  return callRanges(query).length === 1;
}

/** The ids of the matching calls, newest first (every range is ordered by occurredAt, then id). */
export async function queryCallIds(query: CallListQuery): Promise<string[]> {
  const lists = await Promise.all(callRanges(query).map((range) => range.reverse().primaryKeys()));
  lists.sort((a, b) => a.length - b.length);
  const [smallest = [], ...others] = lists;
  const sets = others.map((ids) => new Set(ids));
  return smallest.filter((id) => sets.every((set) => set.has(id)));
}

/**
 * How many calls a single-range list holds. A period around every call is the table's count, about
 * twice as fast as counting the index range (both are linear in IndexedDB).
 */
export async function countCallRange(query: CallListQuery): Promise<number> {
  const [range] = callRanges(query);
  if (!range) return 0;
  if (!hasCallFilters(query)) {
    const [first] = await db.calls.orderBy('occurredAt').limit(1).keys();
    const [last] = await db.calls.orderBy('occurredAt').reverse().limit(1).keys();
    const isAll =
      first === undefined ||
      (String(first) >= query.fromIso && last !== undefined && String(last) <= query.toIso);
    if (isAll) return db.calls.count();
  }
  return range.count();
}

const hasCallFilters = (query: CallListQuery) =>
  query.organisationId !== '' ||
  query.navigatorId !== '' ||
  query.direction !== '' ||
  query.outcome !== '';

/** A window of the list: the calls from index `start` on, with their organisation and contact names. */
export type CallPage = {
  start: number;
  /** In list order; undefined where a call has gone since its id was read. */
  calls: (CallEntity | undefined)[];
  /** Names by id; an id looked up but not found maps to null (not still loading). */
  organisationNames: Map<string, string | null>;
  contactNames: Map<string, string | null>;
};

async function withNames(start: number, calls: (CallEntity | undefined)[]): Promise<CallPage> {
  const present = calls.filter((call) => call !== undefined);
  const organisationIds = [...new Set(present.map((call) => call.organisationId))];
  const contactIds = [
    ...new Set(present.flatMap((call) => (call.contactPersonId ? [call.contactPersonId] : []))),
  ];
  const organisations = await db.organisations.bulkGet(organisationIds);
  const contacts = await db.contactPersons.bulkGet(contactIds);
  return {
    start,
    calls,
    organisationNames: new Map(
      organisationIds.map((id, i) => [id, organisations[i]?.name ?? null]),
    ),
    contactNames: new Map(contactIds.map((id, i) => [id, contacts[i]?.name ?? null])),
  };
}

/** Calls `offset` … `offset + limit` of a single-range list, newest first. */
export async function callRangePage(
  query: CallListQuery,
  offset: number,
  limit: number,
): Promise<CallPage> {
  const [range] = callRanges(query);
  const calls = range ? await range.reverse().offset(offset).limit(limit).toArray() : [];
  return withNames(offset, calls);
}

/** The calls with these ids (a window of an id list starting at `start`), in that order. */
export async function callPageByIds(ids: string[], start = 0): Promise<CallPage> {
  return withNames(start, await db.calls.bulkGet(ids));
}

/** The name of one organisation; '' when there is none or it is unknown. */
export async function organisationNameById(organisationId: string): Promise<string> {
  return organisationId ? ((await db.organisations.get(organisationId))?.name ?? '') : '';
}
