import { syncTables } from './syncTables';
import { Dexie } from 'dexie';
import type { CouchTransport } from '@shared/couchTransport';
import { markRemoteApply } from '../db/changeTracking';
import type { LotsbokDatabase } from '../db/LotsbokDatabase';
import {
  outboxKey,
  type OutboxEntry,
  type SyncData,
  type SyncedTable,
} from '../domain/syncRecords';
import { applyIncoming } from './applyIncoming';
import { bulkDocs, docsByIds, SyncFailure, type AllDocsRow } from './couchClient';
import {
  isPrivateCall,
  isRejected,
  parseIncomingDoc,
  shareableData,
  toTeamDoc,
  type IncomingChange,
  type TeamDoc,
} from './teamDocs';

/**
 * Sends one batch of the outbox with `_bulk_docs`, each document with the revision its change was
 * based on. Accepted changes leave the outbox (unless changed again meanwhile); a stale revision
 * (409) fetches the server's version and merges it, so the next batch sends the merged record; a
 * refused write stays in the outbox with the server's reason and is not retried until asked.
 */

export type PushReport = {
  /** Outbox entries this batch took up (sent or not). */
  read: number;
  sent: number;
  accepted: number;
  merged: number;
  refused: number;
  /** Records created and removed again before the server saw them: left the outbox unsent. */
  dropped: number;
};

export const PUSH_BATCH_SIZE = 250;

type Sent = { entry: OutboxEntry; doc: TeamDoc; data: SyncData | null };

async function readBatch(
  database: LotsbokDatabase,
  limit: number,
): Promise<{
  entries: OutboxEntry[];
  records: Map<string, SyncData | undefined>;
  privateCalls: Set<string>;
}> {
  return database.transaction('r', database.tables, async () => {
    const entries = await syncTables(database)
      .outbox.orderBy('changedAt')
      .filter((entry) => entry.refused === null)
      .limit(limit)
      .toArray();
    const records = new Map<string, SyncData | undefined>();
    const byTable = new Map<SyncedTable, string[]>();
    for (const entry of entries) {
      if (!entry.deleted) byTable.set(entry.table, [...(byTable.get(entry.table) ?? []), entry.id]);
    }
    for (const [table, ids] of byTable) {
      const rows: (SyncData | undefined)[] = await database.table(table).bulkGet(ids);
      ids.forEach((id, index) => records.set(outboxKey(table, id), rows[index]));
    }
    // Events about a private memo must not carry its text either.
    const callIds = [
      ...new Set(
        entries
          .map((entry) => records.get(entry.key))
          .filter((record) => record?.['entityType'] === 'call')
          .map((record) => String(record?.['entityId'])),
      ),
    ];
    const calls: (SyncData | undefined)[] = callIds.length
      ? await database.calls.bulkGet(callIds)
      : [];
    const privateCalls = new Set(
      callIds.filter((_, index) => calls[index] === undefined || isPrivateCall(calls[index])),
    );
    return { entries, records, privateCalls };
  });
}

function changeFromRow(row: AllDocsRow): IncomingChange | null {
  if (row.doc) {
    const change = parseIncomingDoc(row.doc);
    return change && !isRejected(change) ? change : null;
  }
  if (row.value?.deleted) {
    const change = parseIncomingDoc({ _id: row.key, _rev: row.value.rev, _deleted: true });
    return change && !isRejected(change) ? change : null;
  }
  return null;
}

export async function pushBatch(options: {
  database: LotsbokDatabase;
  transport: CouchTransport;
  databaseName: string;
  userName: string;
  at: () => string;
  limit?: number;
}): Promise<PushReport> {
  const { database, transport, databaseName, userName, at } = options;
  const { entries, records, privateCalls } = await readBatch(
    database,
    options.limit ?? PUSH_BATCH_SIZE,
  );
  const report: PushReport = {
    read: entries.length,
    sent: 0,
    accepted: 0,
    merged: 0,
    refused: 0,
    dropped: 0,
  };
  if (entries.length === 0) return report;

  const sent: Sent[] = [];
  const nothingToSend: string[] = [];
  const now = at();
  for (const entry of entries) {
    const record = entry.deleted ? undefined : records.get(entry.key);
    if (!record && entry.baseRev === null) {
      nothingToSend.push(entry.key); // created and removed again before the server saw it
      continue;
    }
    const data = record
      ? shareableData(entry.table, record, (callId) => privateCalls.has(callId))
      : null;
    sent.push({
      entry,
      data,
      doc: toTeamDoc({
        table: entry.table,
        id: entry.id,
        rev: entry.baseRev,
        data,
        userName,
        at: now,
      }),
    });
  }
  report.dropped = nothingToSend.length;
  if (nothingToSend.length > 0) {
    await database.transaction('rw', syncTables(database).outbox, async () => {
      const tx = Dexie.currentTransaction;
      if (tx) markRemoteApply(tx);
      await syncTables(database).outbox.bulkDelete(nothingToSend);
    });
  }
  if (sent.length === 0) return report;

  report.sent = sent.length;
  const results = await bulkDocs(
    transport,
    databaseName,
    sent.map(({ doc }) => doc),
  );
  // A server that no longer knows the session may answer _bulk_docs with 2xx and "unauthorized"
  // for every document (pouchdb-server does) instead of a 401. That is no refusal of these
  // changes: marking them refused would hold them back after the navigator signs in again.
  const unauthorized = results.find((result) => result.error === 'unauthorized');
  if (unauthorized) throw new SyncFailure('sessionExpired', unauthorized.reason ?? 'unauthorized');
  const resultById = new Map(results.map((result) => [result.id, result]));
  const stale: string[] = [];

  await database.transaction(
    'rw',
    syncTables(database).outbox,
    syncTables(database).meta,
    async () => {
      const tx = Dexie.currentTransaction;
      if (tx) markRemoteApply(tx);
      const current = await syncTables(database).outbox.bulkGet(sent.map(({ entry }) => entry.key));
      const metaPuts: { key: string; rev: string }[] = [];
      const outboxPuts: OutboxEntry[] = [];
      const outboxDeletes: string[] = [];
      sent.forEach(({ entry, doc, data }, index) => {
        const result = resultById.get(doc._id);
        const now = current[index];
        if (result?.ok && result.rev) {
          report.accepted += 1;
          metaPuts.push({ key: entry.key, rev: result.rev });
          if (!now) return;
          if (now.version === entry.version) outboxDeletes.push(entry.key);
          // Changed again while in flight: the next push is based on what the server now has.
          else outboxPuts.push({ ...now, baseRev: result.rev, base: data });
          return;
        }
        if (result?.error === 'conflict') {
          stale.push(doc._id);
          return;
        }
        report.refused += 1;
        // Only the version that was sent is refused: one saved meanwhile (maybe the fix) goes
        // up with the next batch instead of waiting, unsent, for a "retry".
        if (now && now.version === entry.version) {
          outboxPuts.push({
            ...now,
            refused: result?.reason ?? result?.error ?? 'Servern svarade inte för posten.',
          });
        }
      });
      if (metaPuts.length > 0) await syncTables(database).meta.bulkPut(metaPuts);
      if (outboxDeletes.length > 0) await syncTables(database).outbox.bulkDelete(outboxDeletes);
      if (outboxPuts.length > 0) await syncTables(database).outbox.bulkPut(outboxPuts);
    },
  );

  if (stale.length > 0) {
    const rows = await docsByIds(transport, databaseName, stale);
    const changes = rows.map(changeFromRow).filter((change) => change !== null);
    const merged = await applyIncoming(database, changes, { at: at() });
    report.merged = merged.merged;
    report.merged += await forgetMissing(
      database,
      rows.filter((row) => row.error === 'not_found').map((row) => row.key),
      new Map(sent.map(({ entry }) => [entry.key, entry])),
    );
  }
  return report;
}

/**
 * Stale documents the server has no trace of (purged, or a server database made anew): the
 * revision this machine had is gone, so a change goes up again as a new document and a deletion
 * has nothing left to delete. Without this the same refused revision would be sent forever.
 */
async function forgetMissing(
  database: LotsbokDatabase,
  keys: string[],
  sentByKey: Map<string, OutboxEntry>,
): Promise<number> {
  if (keys.length === 0) return 0;
  return database.transaction(
    'rw',
    syncTables(database).outbox,
    syncTables(database).meta,
    async () => {
      const tx = Dexie.currentTransaction;
      if (tx) markRemoteApply(tx);
      const current = await syncTables(database).outbox.bulkGet(keys);
      const outboxPuts: OutboxEntry[] = [];
      const outboxDeletes: string[] = [];
      keys.forEach((key, index) => {
        const now = current[index];
        // Only entries still based on the revision that was refused (not moved on meanwhile).
        if (!now || now.baseRev !== sentByKey.get(key)?.baseRev) return;
        if (now.deleted) outboxDeletes.push(key);
        else outboxPuts.push({ ...now, baseRev: null, base: null });
      });
      await syncTables(database).meta.bulkDelete([
        ...outboxDeletes,
        ...outboxPuts.map((entry) => entry.key),
      ]);
      if (outboxDeletes.length > 0) await syncTables(database).outbox.bulkDelete(outboxDeletes);
      if (outboxPuts.length > 0) await syncTables(database).outbox.bulkPut(outboxPuts);
      return outboxPuts.length + outboxDeletes.length;
    },
  );
}
