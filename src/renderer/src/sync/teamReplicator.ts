import { syncTables } from './syncTables';
import type { CouchTransport } from '@shared/couchTransport';
import { onTrackedChange } from '../db/changeTracking';
import type { LotsbokDatabase } from '../db/LotsbokDatabase';
import { nextTask } from '../lib/nextTask';
import { SyncFailure, type SyncFailureCode } from './couchClient';
import { pullPage, PULL_PAGE_SIZE, readCheckpoint } from './pullChanges';
import { pushBatch } from './pushChanges';
import type { RejectedDoc } from './teamDocs';

/**
 * Keeps one machine's IndexedDB and the team's CouchDB database in step: pushes the outbox in
 * batches, pulls `_changes` from the checkpoint (then waits on `feed=longpoll`), and reports a
 * status the header shows. Every step is resumable and idempotent, so being stopped, closed or
 * cut off anywhere loses nothing: the next start continues from the outbox and the checkpoint.
 * Work happens in batches with a yield between them, so screens stay responsive.
 */

export type SyncPhase = 'starting' | 'syncing' | 'synced' | 'offline' | 'error' | 'stopped';

export type SyncStatus = {
  phase: SyncPhase;
  /** Local changes not yet on the server (refused ones included). */
  pending: number;
  refused: number;
  conflicts: number;
  lastSyncedAt: string | null;
  offlineSince: string | null;
  error: { code: SyncFailureCode | 'unexpected'; detail: string } | null;
  /** The first pull of a team's records: how far it has come. */
  firstPull: { done: number; total: number | null } | null;
  /** Documents from the server this app could not take (kept out of the database). */
  rejected: RejectedDoc[];
};

export type TeamReplicatorOptions = {
  database: LotsbokDatabase;
  transport: CouchTransport;
  databaseName: string;
  userName: string;
  now?: () => Date;
  longpollMs?: number;
  /** Delays between attempts while offline or failing; the last one repeats. */
  retryDelaysMs?: readonly number[];
};

const OFFLINE_CODES: readonly SyncFailureCode[] = ['unreachable', 'timeout', 'certificate'];
const DEFAULT_RETRY_DELAYS = [1_000, 2_000, 5_000, 10_000, 30_000];

export const INITIAL_STATUS: SyncStatus = {
  phase: 'stopped',
  pending: 0,
  refused: 0,
  conflicts: 0,
  lastSyncedAt: null,
  offlineSince: null,
  error: null,
  firstPull: null,
  rejected: [],
};

export class TeamReplicator {
  private status: SyncStatus = { ...INITIAL_STATUS };
  private readonly listeners = new Set<(status: SyncStatus) => void>();
  private running = false;
  private wake: (() => void) | null = null;
  private localChangeWaiting = false;
  private stopTracking: (() => void) | null = null;
  private loop: Promise<void> | null = null;
  private readonly now: () => Date;

  constructor(private readonly options: TeamReplicatorOptions) {
    this.now = options.now ?? (() => new Date());
  }

  getStatus(): SyncStatus {
    return this.status;
  }

  subscribe(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private setStatus(change: Partial<SyncStatus>): void {
    this.status = { ...this.status, ...change };
    for (const listener of this.listeners) listener(this.status);
  }

  /** Keeps the latest hundred documents the server sent that this app could not take. */
  private addRejected(rejected: RejectedDoc[]): void {
    if (rejected.length === 0) return;
    this.setStatus({ rejected: [...this.status.rejected, ...rejected].slice(-100) });
  }

  private at = (): string => this.now().toISOString();

  private async refreshCounts(): Promise<void> {
    const { database } = this.options;
    const [pending, refused, conflicts] = await Promise.all([
      syncTables(database).outbox.count(),
      syncTables(database)
        .outbox.filter((entry) => entry.refused !== null)
        .count(),
      syncTables(database).conflicts.count(),
    ]);
    this.setStatus({ pending, refused, conflicts });
  }

  /** Pushes every pending change; returns when the outbox holds only refused ones. */
  private async pushAll(): Promise<void> {
    const { database, transport, databaseName, userName } = this.options;
    for (;;) {
      const report = await pushBatch({ database, transport, databaseName, userName, at: this.at });
      // Go on while batches move entries out of the way: a batch wholly refused or wholly dropped
      // (created and removed unsent) must not hold back the entries behind it until the next
      // round. A batch where nothing moved (all stale, none merged) ends the round: no tight loop.
      const moved = report.accepted + report.merged + report.refused + report.dropped;
      if (report.read === 0 || moved === 0) {
        await this.refreshCounts();
        return;
      }
      // Between batches only the pending count (a cheap count); the refused and conflict counts
      // read whole tables, which per batch made a large push quadratic.
      this.setStatus({ pending: await syncTables(database).outbox.count() });
      await nextTask();
    }
  }

  /** Pulls pages until the server has nothing newer. */
  private async pullAll(): Promise<void> {
    const { database, transport, databaseName } = this.options;
    const firstPull = (await readCheckpoint(database)) === '0';
    let done = 0;
    for (;;) {
      const report = await pullPage({ database, transport, databaseName, at: this.at });
      done += report.received;
      this.addRejected(report.rejected);
      if (firstPull) {
        this.setStatus({
          firstPull: { done, total: report.pending === null ? null : done + report.pending },
        });
      }
      if (report.received < PULL_PAGE_SIZE) break;
      await nextTask();
    }
    if (firstPull) this.setStatus({ firstPull: null });
  }

  /** One full round both ways (also what a test or "Synka nu" waits for). */
  async syncNow(): Promise<void> {
    this.setStatus({ phase: 'syncing' });
    try {
      await this.pushAll();
      await this.pullAll();
      await this.pushAll(); // merges made while pulling go up at once
      await this.refreshCounts();
      this.setStatus({ phase: 'synced', lastSyncedAt: this.at(), offlineSince: null, error: null });
    } catch (error) {
      this.fail(error);
      throw error;
    }
  }

  private fail(error: unknown): void {
    if (error instanceof SyncFailure && OFFLINE_CODES.includes(error.code)) {
      this.setStatus({
        phase: 'offline',
        offlineSince: this.status.offlineSince ?? this.at(),
        error: { code: error.code, detail: error.message },
      });
      return;
    }
    this.setStatus({
      phase: 'error',
      error:
        error instanceof SyncFailure
          ? { code: error.code, detail: error.message }
          : { code: 'unexpected', detail: error instanceof Error ? error.message : String(error) },
    });
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }

  /** Starts the live loop: a full round, then the long-poll feed and pushes on local changes. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.setStatus({ phase: 'starting' });
    this.stopTracking = onTrackedChange(() => {
      this.localChangeWaiting = true;
      this.wake?.();
    });
    this.loop = this.run();
  }

  private async run(): Promise<void> {
    const { database, transport, databaseName } = this.options;
    const delays = this.options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS;
    let failures = 0;
    let caughtUp = false;
    let livePull: Promise<unknown> | null = null;
    while (this.running) {
      try {
        if (!caughtUp) {
          await this.syncNow();
          caughtUp = true;
          failures = 0;
        }
        if (this.localChangeWaiting) {
          this.localChangeWaiting = false;
          this.setStatus({ phase: 'syncing' });
          await this.pushAll();
          this.setStatus({ phase: 'synced', lastSyncedAt: this.at() });
        }
        // The long poll runs beside the loop, so a local change is pushed without waiting for it.
        livePull ??= pullPage({
          database,
          transport,
          databaseName,
          at: this.at,
          longpollMs: this.options.longpollMs ?? 25_000,
        }).then(
          async (report) => {
            livePull = null;
            if (report.received > 0) {
              await this.refreshCounts();
              this.addRejected(report.rejected);
              // A merge leaves a new version to push.
              if (this.status.pending > this.status.refused) this.localChangeWaiting = true;
              this.setStatus({ lastSyncedAt: this.at() });
            }
            this.wake?.();
          },
          (error: unknown) => {
            livePull = null;
            caughtUp = false;
            if (this.running) this.fail(error);
            this.wake?.();
          },
        );
        if (!this.localChangeWaiting && this.running) await this.sleep(60_000);
      } catch (error) {
        if (!this.running) break;
        this.fail(error);
        caughtUp = false;
        livePull = null;
        const delay = delays[Math.min(failures, delays.length - 1)] ?? 30_000;
        failures += 1;
        if (
          this.status.error?.code === 'sessionExpired' ||
          this.status.error?.code === 'noAccess'
        ) {
          // Retrying cannot help until the navigator signs in again.
          this.running = false;
          break;
        }
        await this.sleep(delay);
      }
    }
  }

  /** Stops the live loop; what is in flight finishes or is retried at the next start. */
  async stop(): Promise<void> {
    this.running = false;
    this.stopTracking?.();
    this.stopTracking = null;
    this.wake?.();
    await this.loop;
    this.loop = null;
    this.setStatus({ phase: 'stopped' });
  }

  /** Sends refused changes once more (after the navigator or an admin fixed the cause). */
  async retryRefused(): Promise<void> {
    await syncTables(this.options.database)
      .outbox.filter((entry) => entry.refused !== null)
      .modify({ refused: null });
    this.localChangeWaiting = true;
    this.wake?.();
    await this.refreshCounts();
  }
}
