import type { Table } from 'dexie';
import type { CallExportRow } from '../domain/export/callColumns';
import type { ContactPersonExportRow } from '../domain/export/contactPersonColumns';
import type { FollowUpExportRow } from '../domain/export/followUpColumns';
import type { InquiryExportRow } from '../domain/export/inquiryColumns';
import type { OrganisationEntity } from '../domain/entities';
import { db } from './db';
import { readInChunks, type ExportProgress } from './exportQueries';

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

/** A whole table in the order of one index, read in chunks (keys first, then rows). */
async function readTable<Row, Insert>(
  table: Table<Row, string, Insert>,
  index: string,
  onProgress: ExportProgress,
): Promise<Row[]> {
  const ids = (await table.orderBy(index).primaryKeys()) as string[];
  return readInChunks(
    ids,
    async (chunk) => (await table.bulkGet(chunk)).filter((row): row is Row => row !== undefined),
    onProgress,
  );
}

/**
 * Everything in the register, active and archived, for "Exportera allt": organisations by name,
 * the rest oldest first, with the names that stand in for ids. Progress is reported per table.
 */
export async function readEverything(
  onProgress: (table: ExportAllTable, done: number, total: number) => void,
): Promise<ExportAllData> {
  const organisations = await readTable(db.organisations, 'nameKey', (done, total) =>
    onProgress('organisations', done, total),
  );
  const contacts = await readTable(db.contactPersons, 'nameKey', (done, total) =>
    onProgress('contactPersons', done, total),
  );
  const inquiries = await readTable(db.inquiries, 'receivedAt', (done, total) =>
    onProgress('inquiries', done, total),
  );
  const calls = await readTable(db.calls, 'occurredAt', (done, total) =>
    onProgress('calls', done, total),
  );
  const followUps = await readTable(db.followUps, 'dueDate', (done, total) =>
    onProgress('followUps', done, total),
  );
  const organisationNames = new Map(organisations.map((row) => [row.id, row.name]));
  const contactNames = new Map(contacts.map((row) => [row.id, row.name]));
  const withOrganisation = <Row extends { organisationId: string }>(row: Row) => ({
    ...row,
    organisationName: organisationNames.get(row.organisationId) ?? '',
  });
  return {
    organisations,
    contactPersons: contacts.map(withOrganisation),
    inquiries: inquiries.map(withOrganisation),
    calls: calls.map((call) => ({
      ...withOrganisation(call),
      contactName: call.contactPersonId ? (contactNames.get(call.contactPersonId) ?? '') : '',
    })),
    followUps: followUps.map(withOrganisation),
  };
}
