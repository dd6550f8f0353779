import { z } from 'zod';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type Backup,
  type BackupRow,
  type BackupTableSpec,
} from './backupFormat';

/** Why a file cannot be restored; the UI turns the code and its params into a Swedish sentence. */
export type BackupProblem =
  | { code: 'notJson' }
  | { code: 'notBackup' }
  | { code: 'newerFormat'; params: { version: number } }
  | { code: 'newerSchema'; params: { version: number; supported: number } }
  | { code: 'damaged'; params: { detail: string } }
  | { code: 'unknownTable'; params: { table: string } }
  | { code: 'countMismatch'; params: { table: string; expected: number; actual: number } }
  | { code: 'badRow'; params: { table: string; row: number } }
  | { code: 'duplicateKey'; params: { table: string; key: string } };

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; problem: BackupProblem };

export type BackupExpectations = {
  /** The newest schema version this app can open (its own). */
  schemaVersion: number;
  tables: readonly BackupTableSpec[];
};

const MarkerSchema = z.object({ format: z.literal(BACKUP_FORMAT) });

const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  schemaVersion: z.number().int().min(1),
  appVersion: z.string(),
  createdAt: z.iso.datetime(),
  counts: z.record(z.string(), z.number().int().min(0)),
  tables: z.record(z.string(), z.array(z.unknown())),
});

const isRow = (value: unknown): value is BackupRow =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** IndexedDB keys the app uses: non-empty strings, or finite numbers. */
const isKey = (value: unknown): value is string | number =>
  (typeof value === 'string' && value.length > 0) ||
  (typeof value === 'number' && Number.isFinite(value));

function describeFirstIssue(error: z.ZodError): string {
  const [issue] = error.issues;
  if (!issue) return '';
  return issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

function checkTable(spec: BackupTableSpec, rows: unknown[]): BackupProblem | null {
  const seen = new Set<string | number>();
  for (const [index, row] of rows.entries()) {
    const key = isRow(row) ? row[spec.primaryKey] : undefined;
    if (!isKey(key)) return { code: 'badRow', params: { table: spec.name, row: index + 1 } };
    if (seen.has(key))
      return { code: 'duplicateKey', params: { table: spec.name, key: String(key) } };
    seen.add(key);
  }
  return null;
}

/**
 * Checks a backup file before anything is touched: the format marker, versions this app can read,
 * only known tables, counts that match the rows, and every row an object with a unique primary key.
 * A table the file lacks (a backup from an older version) restores as empty.
 */
export function parseBackup(text: string, expected: BackupExpectations): ParsedBackup {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, problem: { code: 'notJson' } };
  }
  if (!MarkerSchema.safeParse(json).success) return { ok: false, problem: { code: 'notBackup' } };

  const parsed = BackupSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      problem: { code: 'damaged', params: { detail: describeFirstIssue(parsed.error) } },
    };
  }
  const file = parsed.data;
  if (file.formatVersion > BACKUP_FORMAT_VERSION) {
    return { ok: false, problem: { code: 'newerFormat', params: { version: file.formatVersion } } };
  }
  if (file.schemaVersion > expected.schemaVersion) {
    const params = { version: file.schemaVersion, supported: expected.schemaVersion };
    return { ok: false, problem: { code: 'newerSchema', params } };
  }

  const specs = new Map(expected.tables.map((spec) => [spec.name, spec]));
  const names = new Set([...Object.keys(file.tables), ...Object.keys(file.counts)]);
  const tables: Record<string, BackupRow[]> = {};
  for (const name of names) {
    const spec = specs.get(name);
    if (!spec) return { ok: false, problem: { code: 'unknownTable', params: { table: name } } };
    const rows = file.tables[name] ?? [];
    const count = file.counts[name];
    if (count === undefined) {
      return { ok: false, problem: { code: 'damaged', params: { detail: `counts.${name}` } } };
    }
    if (count !== rows.length) {
      const params = { table: name, expected: count, actual: rows.length };
      return { ok: false, problem: { code: 'countMismatch', params } };
    }
    const problem = checkTable(spec, rows);
    if (problem) return { ok: false, problem };
    tables[name] = rows.filter(isRow);
  }
  return { ok: true, backup: { ...file, format: BACKUP_FORMAT, tables } };
}
