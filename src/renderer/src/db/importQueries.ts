import type { ImportBatchEntity } from '../domain/importBatch';
import { db } from './db';

/** The import history, newest first. */
export async function listImportBatches(): Promise<ImportBatchEntity[]> {
  return db.importBatches.orderBy('createdAt').reverse().toArray();
}
