import { syncTables } from './syncTables';
import { Dexie } from 'dexie';
import { z } from 'zod';
import { markRemoteApply, TEAM_STATE_KEY } from '../db/changeTracking';
import type { LotsbokDatabase } from '../db/LotsbokDatabase';
import {
  isSharedRecord,
  outboxKey,
  primaryKeyOf,
  SYNCED_TABLES,
  type OutboxEntry,
  type SyncData,
} from '../domain/syncRecords';
import { nextTask } from '../lib/nextTask';
import { CHECKPOINT_KEY } from './applyIncoming';

/**
 * This machine's membership of a team caseload, kept in syncState (no password: the host keeps
 * the session). Joining turns change tracking on first and then puts every shared record that is
 * already on the machine in the outbox, so a register kept alone goes up to the team; a write made
 * while that runs is tracked by the middleware and never missed.
 */

export type TeamMembership = {
  serverUrl: string;
  team: string;
  databaseName: string;
  userName: string;
  joinedAt: string;
};

export function teamDatabaseName(team: string): string {
  return `lotsbok-${team}`;
}

const membershipSchema = z.object({
  serverUrl: z.string(),
  team: z.string(),
  databaseName: z.string(),
  userName: z.string(),
  joinedAt: z.string(),
});

export async function readMembership(database: LotsbokDatabase): Promise<TeamMembership | null> {
  const row = await syncTables(database).state.get(TEAM_STATE_KEY);
  const membership = membershipSchema.safeParse(row?.value);
  return membership.success ? membership.data : null;
}

const UPLOAD_SLICE = 2000;

export type UploadProgress = { done: number; total: number };

/** Turns tracking on and queues what is already here; returns how many records were queued. */
export async function joinTeam(
  database: LotsbokDatabase,
  membership: TeamMembership,
  onProgress: (progress: UploadProgress) => void = () => undefined,
): Promise<number> {
  await syncTables(database).state.put({ key: TEAM_STATE_KEY, value: membership });
  const counts = await Promise.all(SYNCED_TABLES.map((table) => database.table(table).count()));
  const total = counts.reduce((sum, count) => sum + count, 0);
  let done = 0;
  let queued = 0;
  onProgress({ done, total });
  for (const table of SYNCED_TABLES) {
    let lastKey: string | null = null;
    for (;;) {
      const slice: number = await database.transaction(
        'rw',
        database.table(table),
        syncTables(database).outbox,
        async () => {
          const tx = Dexie.currentTransaction;
          if (tx) markRemoteApply(tx);
          const collection =
            lastKey === null
              ? database.table(table).toCollection()
              : database.table(table).where(':id').above(lastKey);
          const rows: SyncData[] = await collection.limit(UPLOAD_SLICE).toArray();
          if (rows.length === 0) return 0;
          lastKey = primaryKeyOf(table, rows[rows.length - 1] ?? {});
          const keys = rows.map((row) => outboxKey(table, primaryKeyOf(table, row)));
          const existing = await syncTables(database).outbox.bulkGet(keys);
          const at = Date.now();
          const entries: OutboxEntry[] = rows.flatMap((row, index) =>
            existing[index] || !isSharedRecord(table, row)
              ? []
              : [
                  {
                    key: keys[index] ?? '',
                    table,
                    id: primaryKeyOf(table, row),
                    version: 1,
                    baseRev: null,
                    base: null,
                    deleted: false,
                    changedAt: at,
                    refused: null,
                  },
                ],
          );
          await syncTables(database).outbox.bulkPut(entries);
          queued += entries.length;
          return rows.length;
        },
      );
      if (slice === 0) break;
      done += slice;
      onProgress({ done, total });
      await nextTask();
    }
  }
  return queued;
}

/** Leaves the team: local data stays; the machine's replication bookkeeping goes. */
export async function leaveTeam(database: LotsbokDatabase): Promise<void> {
  await database.transaction(
    'rw',
    [
      syncTables(database).state,
      syncTables(database).outbox,
      syncTables(database).meta,
      syncTables(database).conflicts,
    ],
    async () => {
      await syncTables(database).state.bulkDelete([TEAM_STATE_KEY, CHECKPOINT_KEY]);
      await syncTables(database).outbox.clear();
      await syncTables(database).meta.clear();
      await syncTables(database).conflicts.clear();
    },
  );
}
