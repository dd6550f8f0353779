import { syncTables } from './syncTables';
import type { CouchTransport } from '@shared/couchTransport';
import type { LotsbokDatabase } from '../db/LotsbokDatabase';
import { applyIncoming, CHECKPOINT_KEY } from './applyIncoming';
import { changesSince, sequenceText } from './couchClient';
import { nextTask } from '../lib/nextTask';
import { isRejected, parseIncomingDoc, type IncomingChange, type RejectedDoc } from './teamDocs';

/**
 * Reads one page of the server's `_changes` from the stored checkpoint and applies it with the
 * new checkpoint in the same transaction: interrupted anywhere, the next pull starts where the
 * last applied page ended, and applying a page twice changes nothing (revisions are compared).
 */

export type PullReport = {
  received: number;
  applied: number;
  conflicts: number;
  rejected: RejectedDoc[];
  /** The server's own count of changes after this page, when it tells (CouchDB does). */
  pending: number | null;
};

export const PULL_PAGE_SIZE = 1000;

/** Changes applied per transaction: about a frame's worth of work at the stress scale. */
const APPLY_SLICE = 200;

export async function readCheckpoint(database: LotsbokDatabase): Promise<string> {
  const row = await syncTables(database).state.get(CHECKPOINT_KEY);
  return typeof row?.value === 'string' ? row.value : '0';
}

export async function pullPage(options: {
  database: LotsbokDatabase;
  transport: CouchTransport;
  databaseName: string;
  at: () => string;
  /** Wait this long for a change when there is none (the live feed). */
  longpollMs?: number;
  limit?: number;
}): Promise<PullReport> {
  const { database, transport, databaseName, at } = options;
  const since = await readCheckpoint(database);
  const page = await changesSince(transport, databaseName, {
    since,
    limit: options.limit ?? PULL_PAGE_SIZE,
    ...(options.longpollMs !== undefined ? { longpollMs: options.longpollMs } : {}),
  });
  const changes: IncomingChange[] = [];
  const rejected: RejectedDoc[] = [];
  for (const result of page.results) {
    const parsed = parseIncomingDoc(
      result.doc ?? { _id: result.id, _rev: result.changes[0]?.rev, _deleted: result.deleted },
    );
    if (parsed === null) continue;
    if (isRejected(parsed)) rejected.push(parsed);
    else changes.push(parsed);
  }
  const checkpoint = sequenceText(page.last_seq);
  // A page is applied in slices with a pause between them, so a first pull of a large team never
  // holds the screen for long; only the last slice moves the checkpoint. Interrupted in between,
  // the page is read again and the applied slices are skipped by their revisions.
  let applied = 0;
  let conflicts = 0;
  for (let start = 0; start === 0 || start < changes.length; start += APPLY_SLICE) {
    const slice = changes.slice(start, start + APPLY_SLICE);
    const isLast = start + APPLY_SLICE >= changes.length;
    const report = await applyIncoming(database, slice, {
      ...(isLast ? { checkpoint } : {}),
      at: at(),
      fromDatabase: databaseName,
    });
    applied += report.applied + report.merged;
    conflicts += report.conflicts;
    if (!isLast) await nextTask();
  }
  return {
    received: page.results.length,
    applied,
    conflicts,
    rejected,
    pending: page.pending ?? null,
  };
}
