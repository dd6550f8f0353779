import type { Dexie, Table } from 'dexie';
import type {
  OutboxEntry,
  SyncConflictEntry,
  SyncMetaEntry,
  SyncStateEntry,
} from '../domain/syncRecords';

/** Typed access to the replication bookkeeping tables of schema v6 (db/schema.ts). */
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
