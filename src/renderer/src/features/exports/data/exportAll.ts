import type { Table } from 'dexie';
import type { CallExportRow } from '../model/callColumns';
import type { ContactPersonExportRow } from '../model/contactPersonColumns';
import type { FollowUpExportRow } from '../model/followUpColumns';
import type { InquiryExportRow } from '../model/inquiryColumns';
import type { OrganisationEntity } from '../../../domain/entities';
import { db } from '../../../db/db';
import { sortInSlices } from '../model/sortInSlices';
import type { ExportProgress } from './exportQueries';
import { nextTask } from '../../../lib/nextTask';

/** Lets the browser paint the progress bar between reads (never inside a transaction). */
export const EXPORT_ALL_TABLES = [
  'organisations',
  'contactPersons',
  'inquiries',
  'calls',
  'followUps',
] as const;
export type ExportAllTable = (typeof EXPORT_ALL_TABLES)[number];

export type ExportAllData = {
  organisations: OrganisationEntity[];
  contactPersons: ContactPersonExportRow[];
  inquiries: InquiryExportRow[];
  calls: CallExportRow[];
  followUps: FollowUpExportRow[];
};

/** Rows per read: big enough that 200 000 calls take 40 reads, small enough to keep the page live. */
const READ_CHUNK = 5000;

const byKey =
  <Row>(key: (row: Row) => string) =>
  (a: Row, b: Row) => {
    const left = key(a);
    const right = key(b);
    return left < right ? -1 : left > right ? 1 : 0;
  };

/**
 * A whole table, every row (also those without the sort field), in the order of `key`. Read in
 * primary-key slices, each one fast getAll, then sorted in memory: paging an index by offset or
 * reading its keys first costs seconds at 200 000 rows.
 */
export async function readWholeTable<Row extends { id: string }, Insert>(
  table: Table<Row, string, Insert>,
  key: (row: Row) => string,
  onProgress: ExportProgress,
  signal?: AbortSignal,
  chunkSize = READ_CHUNK,
): Promise<Row[]> {
  const total = await table.count();
  const rows: Row[] = [];
  onProgress(0, total);
  for (let last: string | null = null; ;) {
    signal?.throwIfAborted();
    const chunk: Row[] = await (
      last === null ? table.orderBy(':id') : table.where(':id').above(last)
    )
      .limit(chunkSize)
      .toArray();
    for (const row of chunk) rows.push(row);
    onProgress(Math.min(total, rows.length), Math.max(total, rows.length));
    if (chunk.length < chunkSize) break;
    last = chunk[chunk.length - 1]?.id ?? null;
    await nextTask();
  }
  return sortInSlices(rows, byKey(key), nextTask);
}

/** Maps a large array a slice at a time, pausing between slices so the page stays live. */
async function mapInSlices<Item, Out>(
  items: readonly Item[],
  map: (item: Item) => Out,
): Promise<Out[]> {
  const out: Out[] = [];
  for (let start = 0; start < items.length; start += READ_CHUNK) {
    for (const item of items.slice(start, start + READ_CHUNK)) out.push(map(item));
    await nextTask();
  }
  return out;
}

/**
 * Everything in the register, active and archived, for "Exportera allt": organisations by name,
 * the rest oldest first, with the names that stand in for ids. Progress is reported per table.
 */
export async function readEverything(
  onProgress: (table: ExportAllTable, done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<ExportAllData> {
  const progress = (table: ExportAllTable) => (done: number, total: number) =>
    onProgress(table, done, total);
  const organisations = await readWholeTable(
    db.organisations,
    (row) => row.nameKey,
    progress('organisations'),
    signal,
  );
  const contacts = await readWholeTable(
    db.contactPersons,
    (row) => row.nameKey,
    progress('contactPersons'),
    signal,
  );
  const inquiries = await readWholeTable(
    db.inquiries,
    (row) => row.receivedAt,
    progress('inquiries'),
    signal,
  );
  const calls = await readWholeTable(db.calls, (row) => row.occurredAt, progress('calls'), signal);
  const followUps = await readWholeTable(
    db.followUps,
    (row) => row.dueDate,
    progress('followUps'),
    signal,
  );
  const organisationNames = new Map(organisations.map((row) => [row.id, row.name]));
  const contactNames = new Map(contacts.map((row) => [row.id, row.name]));
  const withOrganisation = <Row extends { organisationId: string }>(row: Row) => ({
    ...row,
    organisationName: organisationNames.get(row.organisationId) ?? '',
  });
  return {
    organisations,
    contactPersons: await mapInSlices(contacts, withOrganisation),
    inquiries: await mapInSlices(inquiries, withOrganisation),
    calls: await mapInSlices(calls, (call) => ({
      ...call,
      organisationName: organisationNames.get(call.organisationId) ?? '',
      contactName: call.contactPersonId ? (contactNames.get(call.contactPersonId) ?? '') : '',
    })),
    followUps: await mapInSlices(followUps, withOrganisation),
  };
}
