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
import { upgradeDataFrom } from '../../../db/migrations';
import { SYNC_BOOKKEEPING_TABLES } from '../../../db/schema';
import { TEAM_STATE_KEY } from '../../../db/changeTracking';

export type BackupProgress = { done: number; total: number };

/** Rows read or written per step: small enough for a smooth progress bar, large enough to be fast. */
const CHUNK_SIZE = 2_000;

const primaryKeyOf = (table: Table): string => {
  const { keyPath } = table.schema.primKey;
  if (typeof keyPath !== 'string')
    throw new Error(`Tabellen ${table.name} saknar enkel primärnyckel`);
  return keyPath;
};

/**
 * Every table of the database as it is now, so tables added later are backed up without changes
 * here, except replication's bookkeeping: it describes this machine's relation to a server, and
 * restored elsewhere it would claim revisions and pending changes that are not true there.
 */
function backedUpTables(): Table[] {
  return db.tables.filter((table) => !SYNC_BOOKKEEPING_TABLES.includes(table.name));
}

export function backupTableSpecs(): BackupTableSpec[] {
  return backedUpTables().map((table) => ({ name: table.name, primaryKey: primaryKeyOf(table) }));
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
  const tables = backedUpTables();
  return db.transaction('r', tables, async () => {
    const counts: Record<string, number> = {};
    for (const table of tables) counts[table.name] = await table.count();
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
    for (const table of tables) {
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
  if (await isTeamMember()) throw new RestoreInTeamError();
  const tables = backedUpTables();
  await db.transaction('rw', tables, async () => {
    for (const table of tables) await table.clear();
    let done = 0;
    onProgress({ done, total });
    for (const table of tables) {
      const rows = backup.tables[table.name] ?? [];
      for (let start = 0; start < rows.length; start += CHUNK_SIZE) {
        const chunk = rows.slice(start, start + CHUNK_SIZE);
        await table.bulkAdd(chunk);
        done += chunk.length;
        onProgress({ done, total });
      }
    }
    // Rows from an older version get the same data upgrades as an older database does on open.
    await upgradeDataFrom(backup.schemaVersion, Dexie.currentTransaction);
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

/**
 * A restore replaces the whole caseload; on a machine in a team that would mean overwriting the
 * team's records on the server with an old copy, so it is refused until the machine leaves.
 */
export class RestoreInTeamError extends Error {
  constructor() {
    super('Restore refused: this machine is in a team');
    this.name = 'RestoreInTeamError';
  }
}

export async function isTeamMember(): Promise<boolean> {
  return (await db.table('syncState').get(TEAM_STATE_KEY)) !== undefined;
}

/** Whether there is anything worth backing up (the populate defaults alone are not). */
export async function hasUserData(): Promise<boolean> {
  // Emptiness, not a count: these run live, and a full count re-runs on every write of a sync.
  return (
    (await db.organisations.limit(1).count()) > 0 || (await db.navigators.limit(1).count()) > 0
  );
}

/** Whether the register holds organisations (everything else in it hangs off one). */
export async function hasRegisterData(): Promise<boolean> {
  return (await db.organisations.limit(1).count()) > 0;
}
