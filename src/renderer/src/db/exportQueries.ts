import type { CallExportRow } from '../domain/export/callColumns';
import type { FollowUpExportRow } from '../domain/export/followUpColumns';
import type { InquiryExportRow } from '../domain/export/inquiryColumns';
import type { CallEntity, OrganisationEntity } from '../domain/entities';
import { queryCallIds, type CallListQuery } from './callPages';
import { db } from './db';
import { openFollowUpsDue } from './followUpQueries';
import { inquiryRowsByIds, queryInquiryIds, type InquiryListQuery } from './inquiryQueries';
import {
  organisationsByIds,
  queryOrganisationIds,
  type OrganisationListQuery,
} from './organisationQueries';
import { nextTask } from '../lib/nextTask';

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

/** Calls with their organisation and contact person names, in the given order. */
async function withNames(calls: CallEntity[]): Promise<CallExportRow[]> {
  const organisationIds = [...new Set(calls.map((call) => call.organisationId))];
  const contactIds = [
    ...new Set(calls.flatMap((call) => (call.contactPersonId ? [call.contactPersonId] : []))),
  ];
  const organisations = await db.organisations.bulkGet(organisationIds);
  const contacts = await db.contactPersons.bulkGet(contactIds);
  const organisationNames = new Map(
    organisations.flatMap((row) => (row ? [[row.id, row.name] as const] : [])),
  );
  const contactNames = new Map(
    contacts.flatMap((row) => (row ? [[row.id, row.name] as const] : [])),
  );
  return calls.map((call) => ({
    ...call,
    organisationName: organisationNames.get(call.organisationId) ?? '',
    contactName: call.contactPersonId ? (contactNames.get(call.contactPersonId) ?? '') : '',
  }));
}

/** The calls with these ids, in that order, with names: read a chunk at a time. */
export async function readCallRows(
  ids: readonly string[],
  onProgress: ExportProgress,
): Promise<CallExportRow[]> {
  return readInChunks(
    ids,
    async (chunk) =>
      withNames((await db.calls.bulkGet(chunk)).filter((call) => call !== undefined)),
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
