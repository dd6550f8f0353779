import { nowIso } from '../lib/dates';
import { db } from '../db/db';

/** Unsaved form input, kept in IndexedDB so a closed window or a crash loses nothing. */
export async function saveDraft(key: string, value: unknown): Promise<void> {
  await db.drafts.put({ key, value, updatedAt: nowIso() });
}

export async function loadDraft(
  key: string,
): Promise<{ value: unknown; updatedAt: string } | undefined> {
  return db.drafts.get(key);
}

export async function deleteDraft(key: string): Promise<void> {
  await db.drafts.delete(key);
}
