import { Dexie, type Table } from 'dexie';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  totalRows,
  type Backup,
  type BackupHeader,
  type BackupTableSpec,
} from '../model/backupFormat';
import { BackupTextBuilder } from '../model/BackupTextBuilder';
import { nowIso } from '../../../lib/dates';
import { newId } from '../../../lib/ids';
import { db } from '../../../db/db';
import { upgradeToV2 } from '../../../db/migrations';

export type BackupProgress = { done: number; total: number };

/** Rows read or written per step: small enough for a smooth progress bar, large enough to be fast. */
const CHUNK_SIZE = 2_000;

const primaryKeyOf = (table: Table): string => {
  const { keyPath } = table.schema.primKey;
  if (typeof keyPath !== 'string')
    throw new Error(`Tabellen ${table.name} saknar enkel primärnyckel`);
  return keyPath;
};

/** Every table of the database as it is now, so tables added later are backed up without changes here. */
export function backupTableSpecs(): BackupTableSpec[] {
  return db.tables.map((table) => ({ name: table.name, primaryKey: primaryKeyOf(table) }));
}

export function currentSchemaVersion(): number {
  return db.verno;
}

/**
 * The whole database as backup text. One read transaction gives a consistent snapshot; each table
 * is read in primary-key pages, and each page is turned into text and dropped before the next.
 */
export async function createBackupText(
  appVersion: string,
  onProgress: (progress: BackupProgress) => void = () => undefined,
): Promise<{ text: string; header: BackupHeader }> {
  return db.transaction('r', db.tables, async () => {
    const counts: Record<string, number> = {};
    for (const table of db.tables) counts[table.name] = await table.count();
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      schemaVersion: db.verno,
      appVersion,
      createdAt: nowIso(),
      counts,
    };
    const total = totalRows(counts);
    const builder = new BackupTextBuilder(header);
    let done = 0;
    onProgress({ done, total });
    for (const table of db.tables) {
      const keyPath = primaryKeyOf(table);
      builder.startTable(table.name);
      let lastKey: unknown;
      for (;;) {
        const page: unknown[] =
          lastKey === undefined
            ? await table.toCollection().limit(CHUNK_SIZE).toArray()
            : await table.where(':id').above(lastKey).limit(CHUNK_SIZE).toArray();
        builder.addRows(page);
        done += page.length;
        onProgress({ done, total });
        const last = page[page.length - 1];
        if (page.length < CHUNK_SIZE || typeof last !== 'object' || last === null) break;
        lastKey = Dexie.getByKeyPath(last, keyPath);
      }
      builder.endTable();
    }
    return { text: builder.finish(), header };
  });
}

export type RestoreOptions = {
  actorId: string | null;
  /** Where the backup came from (a file name), for the audit log. */
  source: string;
  onProgress?: (progress: BackupProgress) => void;
};

/**
 * Replaces every table with the backup's rows in ONE transaction: any failure (a row IndexedDB
 * refuses, a closed window) rolls everything back and the current data stays as it was. The
 * restore itself is recorded in the (restored) audit log. Returns the id of that event.
 */
export async function restoreBackup(backup: Backup, options: RestoreOptions): Promise<string> {
  const { actorId, source, onProgress = () => undefined } = options;
  const total = totalRows(backup.counts);
  const eventId = newId();
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
    let done = 0;
    onProgress({ done, total });
    for (const table of db.tables) {
      const rows = backup.tables[table.name] ?? [];
      for (let start = 0; start < rows.length; start += CHUNK_SIZE) {
        const chunk = rows.slice(start, start + CHUNK_SIZE);
        await table.bulkAdd(chunk);
        done += chunk.length;
        onProgress({ done, total });
      }
    }
    // Rows from before schema v2 lack the inquiry search words the v2 upgrade adds.
    if (backup.schemaVersion < 2) await upgradeToV2(Dexie.currentTransaction);
    await db.events.add({
      id: eventId,
      at: nowIso(),
      navigatorId: actorId,
      entityType: 'dataset',
      entityId: 'backup',
      organisationId: null,
      inquiryId: null,
      kind: 'restored',
      changes: Object.entries(backup.counts).map(([field, to]) => ({ field, from: null, to })),
      summary: `${source} (${backup.createdAt})`,
    });
  });
  return eventId;
}

/** Whether there is anything worth backing up (the populate defaults alone are not). */
export async function hasUserData(): Promise<boolean> {
  return (await db.organisations.count()) > 0 || (await db.navigators.count()) > 0;
}

/** Whether the register holds organisations (everything else in it hangs off one). */
export async function hasRegisterData(): Promise<boolean> {
  return (await db.organisations.count()) > 0;
}
