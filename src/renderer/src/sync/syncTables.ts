import type { Dexie, Table } from 'dexie';
import type {
  OutboxEntry,
  SyncConflictEntry,
  SyncMetaEntry,
  SyncStateEntry,
} from '../domain/syncRecords';

/**
 * The machine-local bookkeeping tables of replication. They join the schema as version 6 when
 * replication is wired into LotsbokDatabase (with db/changeTracking.ts as its middleware):
 * the outbox holds local changes not yet on the server, written in the same transaction as the
 * change; syncMeta the server revision each record was last synced at; conflicts wait for a
 * navigator's choice; syncState holds the team membership and the pull checkpoint.
 */
export const SYNC_SCHEMA = {
  syncOutbox: 'key, changedAt',
  syncMeta: 'key',
  syncConflicts: 'key, detectedAt',
  syncState: 'key',
} as const;

export function syncTables(database: Dexie): {
  outbox: Table<OutboxEntry, string>;
  meta: Table<SyncMetaEntry, string>;
  conflicts: Table<SyncConflictEntry, string>;
  state: Table<SyncStateEntry, string>;
} {
  return {
    outbox: database.table('syncOutbox'),
    meta: database.table('syncMeta'),
    conflicts: database.table('syncConflicts'),
    state: database.table('syncState'),
  };
}
