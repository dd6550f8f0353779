import type { Transaction } from 'dexie';
import { DEFAULT_PRIORITY_AREAS } from '../domain/defaults';
import type { PriorityAreaEntity } from '../domain/entities';

/** Runs once, when the database is first created: the four default priority areas of domain.md. */
export async function populateDefaults(tx: Transaction): Promise<void> {
  const at = new Date().toISOString();
  const areas: PriorityAreaEntity[] = DEFAULT_PRIORITY_AREAS.map((area, index) => ({
    ...area,
    isActive: true,
    order: index,
    createdAt: at,
    updatedAt: at,
  }));
  await tx.table('priorityAreas').bulkAdd(areas);
}
