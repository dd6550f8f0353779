import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
  Transaction,
} from 'dexie';
import {
  isSharedRecord,
  isSyncedTable,
  outboxKey,
  type OutboxEntry,
  type SyncData,
  type SyncedTable,
  type SyncMetaEntry,
  type SyncStateEntry,
} from '../domain/syncRecords';

/**
 * Team replication's change tracking, where every write already passes: a Dexie DBCore
 * middleware (the shape Dexie Cloud uses). Every read-write transaction that touches a shared
 * table also opens the outbox, and each changed record gets its outbox entry in the SAME
 * transaction as the change — a crash can never lose a change that was saved locally. Nothing
 * is tracked until this machine has joined a team (the `team` row of syncState).
 */

const BOOKKEEPING_TABLES = ['syncOutbox', 'syncMeta', 'syncState'];
export const TEAM_STATE_KEY = 'team';

/** Transactions that apply the server's changes: those writes are not local changes. */
const remoteTransactions = new WeakSet<object>();

/** Marks the running Dexie transaction as applying server data (call first thing inside it). */
export function markRemoteApply(tx: Transaction): void {
  remoteTransactions.add(tx.idbtrans);
}

type ChangeListener = () => void;
const changeListeners = new Set<ChangeListener>();

/** Called after a transaction that put local changes in the outbox has committed. */
export function onTrackedChange(listener: ChangeListener): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

const notifiedTransactions = new WeakSet<object>();

function notifyAfterCommit(trans: DBCoreTransaction): void {
  if (notifiedTransactions.has(trans) || !('addEventListener' in trans)) return;
  notifiedTransactions.add(trans);
  const target = trans as DBCoreTransaction & Pick<EventTarget, 'addEventListener'>;
  target.addEventListener('complete', () => {
    for (const listener of changeListeners) listener();
  });
}

/** Whether tracking is on, read once per transaction inside it (so it is never stale). */
const trackingByTransaction = new WeakMap<object, Promise<boolean>>();

function isTracking(core: DBCore, trans: DBCoreTransaction): Promise<boolean> {
  let tracking = trackingByTransaction.get(trans);
  if (!tracking) {
    tracking = core
      .table('syncState')
      .get({ trans, key: TEAM_STATE_KEY })
      .then((row: SyncStateEntry | undefined) => row !== undefined);
    trackingByTransaction.set(trans, tracking);
  }
  return tracking;
}

function keysOf(table: DBCoreTable, req: DBCoreMutateRequest): unknown[] {
  if (req.type === 'delete') return req.keys;
  if (req.type === 'deleteRange') return [];
  if (req.keys) return req.keys;
  const { extractKey } = table.schema.primaryKey;
  return req.values.map((value) => (extractKey ? extractKey(value) : undefined));
}

function succeeded(res: DBCoreMutateResponse, index: number): boolean {
  return res.failures[index] === undefined;
}

function trackingTable(core: DBCore, downTable: DBCoreTable, table: SyncedTable): DBCoreTable {
  const outbox = core.table('syncOutbox');
  const meta = core.table('syncMeta');
  return {
    ...downTable,
    async mutate(req) {
      if (remoteTransactions.has(req.trans) || !(await isTracking(core, req.trans))) {
        return downTable.mutate(req);
      }
      if (req.type === 'deleteRange') {
        // A cleared table (backup restore) is not a set of deletions to send to the team.
        return downTable.mutate(req);
      }
      const keys = keysOf(downTable, req).map(String);
      const outboxKeys = keys.map((id) => outboxKey(table, id));
      const [pending, metas, before] = await Promise.all([
        outbox.getMany({ trans: req.trans, keys: outboxKeys }) as Promise<
          (OutboxEntry | undefined)[]
        >,
        meta.getMany({ trans: req.trans, keys: outboxKeys }) as Promise<
          (SyncMetaEntry | undefined)[]
        >,
        req.type === 'add'
          ? Promise.resolve(keys.map(() => undefined))
          : (downTable.getMany({ trans: req.trans, keys }) as Promise<(SyncData | undefined)[]>),
      ]);
      const res = await downTable.mutate(req);
      const changedAt = Date.now();
      const entries: OutboxEntry[] = [];
      keys.forEach((id, index) => {
        if (!succeeded(res, index)) return;
        const value = req.type === 'delete' ? before[index] : (req.values[index] as SyncData);
        if (!value || !isSharedRecord(table, value)) return;
        const existing = pending[index];
        const synced = metas[index];
        entries.push({
          key: outboxKeys[index] ?? outboxKey(table, id),
          table,
          id,
          version: (existing?.version ?? 0) + 1,
          // The first local change after a sync remembers what the server had: the merge base.
          baseRev: existing ? existing.baseRev : (synced?.rev ?? null),
          base: existing ? existing.base : synced ? (before[index] ?? null) : null,
          deleted: req.type === 'delete',
          changedAt,
          refused: null,
        });
      });
      if (entries.length > 0) {
        await outbox.mutate({ type: 'put', trans: req.trans, values: entries });
        notifyAfterCommit(req.trans);
      }
      return res;
    },
  };
}

export const changeTrackingMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'teamChangeTracking',
  create(downCore) {
    // Upgrades from before schema v6 run on a core without the bookkeeping tables: nothing to track.
    const names = new Set(downCore.schema.tables.map((table) => table.name));
    if (!BOOKKEEPING_TABLES.every((name) => names.has(name))) return downCore;
    return {
      ...downCore,
      transaction(stores, mode, options) {
        const scope =
          mode === 'readwrite' && stores.some(isSyncedTable)
            ? [...new Set([...stores, ...BOOKKEEPING_TABLES])]
            : stores;
        return downCore.transaction(scope, mode, options);
      },
      table(name) {
        const downTable = downCore.table(name);
        return isSyncedTable(name) ? trackingTable(downCore, downTable, name) : downTable;
      },
    };
  },
};
