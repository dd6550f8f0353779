/**
 * The machine-local bookkeeping of team replication (see sync/). These rows never leave the
 * machine and are not part of backups: they describe this machine's relation to the server.
 */

/** The tables whose records the team shares (one CouchDB document per record). */
export const SYNCED_TABLES = [
  'navigators',
  'organisations',
  'contactPersons',
  'inquiries',
  'calls',
  'followUps',
  'priorityAreas',
  'units',
  'events',
  'settings',
  'briefs',
] as const;
export type SyncedTable = (typeof SYNCED_TABLES)[number];

/** The record's fields as plain JSON (what a CouchDB document carries under `data`). */
export type SyncData = Record<string, unknown>;

/**
 * A local change not yet accepted by the server, keyed `<table>:<id>`. Written in the same
 * transaction as the change itself, so a saved change can never be lost before it is pushed.
 */
export type OutboxEntry = {
  key: string;
  table: SyncedTable;
  id: string;
  /** Bumped on every further local change, so a push knows whether the record moved meanwhile. */
  version: number;
  /** The server revision the local change was based on; null for a record the server never had. */
  baseRev: string | null;
  /** The record as last synced (the base of a three-way merge); null when there is none. */
  base: SyncData | null;
  deleted: boolean;
  changedAt: number;
  /** Why the server refused this change (kept, shown, retried only on request); null otherwise. */
  refused: string | null;
};

/** The server revision a record was last synced at. */
export type SyncMetaEntry = { key: string; rev: string };

export type ConflictField = {
  field: string;
  local: unknown;
  server: unknown;
  /**
   * Values of an earlier, unresolved conflict on the same field that a newer one replaced (the
   * field was edited again on both sides before anyone chose): kept so resolving logs them too
   * and no saved value is lost. Absent when the field conflicted once.
   */
  earlier?: unknown[];
};

/** The conflict field for "deleted on one side, edited on the other" (values: deleted or not). */
export const DELETED_FIELD = '_deleted';

/**
 * The server's organisation has the organisation number of a different organisation here (two
 * navigators registered it apart). It is not applied — the unique index would refuse it — but kept
 * until a navigator merges the two (sync/mergeDuplicates.ts).
 */
export type DuplicateOrganisation = {
  /** The organisation on this machine with the same organisation number. */
  localId: string;
  /** The server's record, as it came. */
  incoming: SyncData;
  /** The server revision of `incoming`; written to syncMeta only when it is finally applied. */
  rev: string;
  /**
   * Not a clash of organisation numbers but a likely duplicate: neither has a number and their
   * names sort alike. The server's record is applied as usual; merging is the navigator's choice.
   */
  similarName?: true;
};

/**
 * A record changed on two machines while apart, in the same field(s): waits for a choice. With
 * `duplicate`, the entry is instead a server organisation waiting to be merged with a local one
 * (its key is the server record's, `fields` is empty).
 */
export type SyncConflictEntry = {
  key: string;
  table: SyncedTable;
  id: string;
  fields: ConflictField[];
  detectedAt: string;
  duplicate?: DuplicateOrganisation;
};

export type SyncStateEntry = { key: string; value: unknown };

const SYNCED_TABLE_SET: ReadonlySet<string> = new Set(SYNCED_TABLES);

export function isSyncedTable(name: string): name is SyncedTable {
  return SYNCED_TABLE_SET.has(name);
}

/** Settings that are the team's; the rest (language, who "I" am, backups) stay on the machine. */
export const SHARED_SETTING_KEYS: readonly string[] = [
  'thresholds',
  'callOutcomes',
  'defaultNoteKind',
];

/** Whether a record of a shared table is shared too (some settings and their events are not). */
export function isSharedRecord(table: SyncedTable, record: SyncData): boolean {
  if (table === 'settings') return SHARED_SETTING_KEYS.includes(String(record['key']));
  if (table === 'events' && record['entityType'] === 'settings') {
    return SHARED_SETTING_KEYS.includes(String(record['entityId']));
  }
  return true;
}

/** `<table>:<id>`: the outbox/meta key and the CouchDB document id of a record. */
export function outboxKey(table: SyncedTable, id: string): string {
  return `${table}:${id}`;
}

export function parseDocId(docId: string): { table: SyncedTable; id: string } | null {
  const colon = docId.indexOf(':');
  if (colon < 1) return null;
  const table = docId.slice(0, colon);
  const id = docId.slice(colon + 1);
  return isSyncedTable(table) && id !== '' ? { table, id } : null;
}

export function primaryKeyOf(table: SyncedTable, record: SyncData): string {
  return String(table === 'settings' ? record['key'] : record['id']);
}
