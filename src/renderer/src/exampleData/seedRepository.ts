import { DomainError } from '../domain/domainError';
import type { SeedSize } from './generator/generateDataset';
import { now, nowIso } from '../lib/dates';
import { newId } from '../lib/ids';
import { db } from '../db/db';

export type SeedProgress = { done: number; total: number };

export type SeedSummary = Record<string, number>;

/**
 * Writes a generated data set into an empty database, in batches with progress, inside ONE
 * transaction: a failure or a closed window leaves nothing half-written.
 */
export async function loadDataset(
  size: SeedSize,
  actorId: string | null,
  onProgress: (progress: SeedProgress) => void,
  seed = 20261122,
): Promise<SeedSummary> {
  // The generator and its word lists load only when asked for, keeping them out of the start-up bundle.
  const { datasetTotals, generateDataset } = await import('./generator/generateDataset');
  const totals = datasetTotals(size);
  const total = Object.values(totals).reduce((sum, n) => sum + n, 0);
  const tables = [
    db.navigators,
    db.units,
    db.organisations,
    db.contactPersons,
    db.inquiries,
    db.calls,
    db.followUps,
  ];
  return db.transaction('rw', [...tables, db.events], async () => {
    if ((await db.organisations.count()) > 0) throw new DomainError('seedNeedsEmptyDatabase');
    const summary: SeedSummary = {};
    let done = 0;
    onProgress({ done, total });
    for (const batch of generateDataset({ size, seed, today: now() })) {
      await db.table(batch.table).bulkAdd(batch.rows);
      summary[batch.table] = (summary[batch.table] ?? 0) + batch.rows.length;
      done += batch.rows.length;
      onProgress({ done, total });
    }
    await db.events.add({
      id: newId(),
      at: nowIso(),
      navigatorId: actorId,
      entityType: 'dataset',
      entityId: size,
      organisationId: null,
      inquiryId: null,
      kind: 'seeded',
      changes: Object.entries(summary).map(([field, to]) => ({ field, from: 0, to })),
      summary: size,
    });
    return summary;
  });
}
