/**
 * The backup file: one versioned JSON document of the whole database. The header comes first, then
 * every table by name, one row per line (so a backup is readable and diffs well).
 */

export const BACKUP_FORMAT = 'lotsbok-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** A stored row; every table keeps its primary key inline (e.g. `id`, or `key` for settings). */
export type BackupRow = Record<string, unknown>;

export type BackupHeader = {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** The database schema version (Dexie's verno) the rows were written with. */
  schemaVersion: number;
  appVersion: string;
  createdAt: string;
  /** Rows per table, checked against the rows on restore to catch a truncated or edited file. */
  counts: Record<string, number>;
};

export type Backup = BackupHeader & { tables: Record<string, BackupRow[]> };

/** A table the app knows, with the property its primary key lives in. */
export type BackupTableSpec = { name: string; primaryKey: string };

export const totalRows = (counts: Record<string, number>): number =>
  Object.values(counts).reduce((sum, count) => sum + count, 0);
