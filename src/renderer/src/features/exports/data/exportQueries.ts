import type { CallExportRow } from '../model/callColumns';
import type { FollowUpExportRow } from '../model/followUpColumns';
import type { InquiryExportRow } from '../model/inquiryColumns';
import type { OrganisationEntity } from '../../../domain/entities';
import { callPageByIds, queryCallIds, type CallListQuery } from '../../calls/data/callPages';
import { db } from '../../../db/db';
import { openFollowUpsDue } from '../../followUps/data/followUpQueries';
import {
  inquiryRowsByIds,
  queryInquiryIds,
  type InquiryListQuery,
} from '../../inquiries/data/inquiryQueries';
import {
  organisationsByIds,
  queryOrganisationIds,
  type OrganisationListQuery,
} from '../../organisations/data/organisationQueries';
import { nextTask } from '../../../lib/nextTask';

/** Rows are read this many at a time, with a pause between, so the window stays responsive. */
export const EXPORT_CHUNK = 2000;

export type ExportProgress = (done: number, total: number) => void;

/** Lets the browser paint the progress bar between chunks (never inside a transaction). */
/** Reads items in chunks, in order, reporting progress after each chunk. */
export async function readInChunks<Item, Row>(
  items: readonly Item[],
  read: (chunk: Item[]) => Promise<Row[]>,
  onProgress: ExportProgress,
  chunkSize = EXPORT_CHUNK,
): Promise<Row[]> {
  const rows: Row[] = [];
  onProgress(0, items.length);
  for (let start = 0; start < items.length; start += chunkSize) {
    rows.push(...(await read(items.slice(start, start + chunkSize))));
    onProgress(Math.min(items.length, start + chunkSize), items.length);
    await nextTask();
  }
  return rows;
}

/** The inquiries the list shows, in its order: the same query, and "only open" as the list applies it. */
export async function exportInquiryIds(
  query: InquiryListQuery,
  today: string,
  openOnly: boolean,
): Promise<string[]> {
  const ids = await queryInquiryIds(query, today);
  if (!openOnly) return ids;
  const closed = new Set(
    (await db.inquiries.where('stage').equals('avslutat').primaryKeys()) as string[],
  );
  return ids.filter((id) => !closed.has(id));
}

export async function readInquiryRows(
  ids: readonly string[],
  onProgress: ExportProgress,
): Promise<InquiryExportRow[]> {
  return readInChunks(ids, inquiryRowsByIds, onProgress);
}

export async function exportOrganisationIds(query: OrganisationListQuery): Promise<string[]> {
  return queryOrganisationIds(query);
}

export async function readOrganisationRows(
  ids: readonly string[],
  onProgress: ExportProgress,
): Promise<OrganisationEntity[]> {
  return readInChunks(
    ids,
    async (chunk) =>
      (await organisationsByIds(chunk)).filter(
        (row): row is OrganisationEntity => row !== undefined,
      ),
    onProgress,
  );
}

export async function exportCallIds(query: CallListQuery): Promise<string[]> {
  return queryCallIds(query);
}

/** The calls with these ids, in that order, with names: read a chunk at a time. */
export async function readCallRows(
  ids: readonly string[],
  onProgress: ExportProgress,
): Promise<CallExportRow[]> {
  return readInChunks(
    ids,
    async (chunk) => {
      // The same read as the Samtal list's window: the calls, then their names.
      const page = await callPageByIds(chunk);
      return page.calls.flatMap((call) =>
        call
          ? [
              {
                ...call,
                organisationName: page.organisationNames.get(call.organisationId) ?? '',
                contactName: call.contactPersonId
                  ? (page.contactNames.get(call.contactPersonId) ?? '')
                  : '',
              },
            ]
          : [],
      );
    },
    onProgress,
  );
}

/** The follow-ups "Idag" shows (overdue, today, the coming week), in its order. */
export async function exportFollowUps(
  navigatorId: string | null,
  until: string,
): Promise<FollowUpExportRow[]> {
  return openFollowUpsDue(navigatorId, until);
}

/** Names for ids in exported rows: navigators, units and priority areas (small tables). */
export async function exportLookups(): Promise<{
  navigatorNames: Map<string, string>;
  unitNames: Map<string, string>;
  areaNames: Map<string, string>;
}> {
  const navigators = await db.navigators.toArray();
  const units = await db.units.toArray();
  const areas = await db.priorityAreas.toArray();
  return {
    navigatorNames: new Map(navigators.map((row) => [row.id, row.name])),
    unitNames: new Map(units.map((row) => [row.id, row.name])),
    areaNames: new Map(areas.map((row) => [row.id, row.name])),
  };
}
