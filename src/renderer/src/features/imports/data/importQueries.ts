import type { ImportBatchEntity } from '../../../domain/importBatch';
import { db } from '../../../db/db';

/** The import history, newest first. */
export async function listImportBatches(): Promise<ImportBatchEntity[]> {
  return db.importBatches.orderBy('createdAt').reverse().toArray();
}

/** One import, e.g. to see whether the one just made has been undone since. */
export async function getImportBatch(id: string): Promise<ImportBatchEntity | undefined> {
  return db.importBatches.get(id);
}
