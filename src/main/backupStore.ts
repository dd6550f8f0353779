import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  AUTOMATIC_BACKUP_REASONS,
  type AutomaticBackupInfo,
  type AutomaticBackupReason,
  type WriteAutomaticBackupRequest,
} from '@shared/desktopApi';
import { writeFileAtomic } from './fsAtomic';

/**
 * The automatic backups in `<userData>/backups`: one file per backup, named after its time and
 * reason so the names sort chronologically and nothing but the folder listing is needed.
 */

const NAME_PATTERN =
  /^lotsbok-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z]+)\.json$/;

const isReason = (value: string): value is AutomaticBackupReason =>
  AUTOMATIC_BACKUP_REASONS.some((reason) => reason === value);

/** `lotsbok-2026-11-22T21-30-05-123Z-daily.json`: no colons, which Windows refuses in names. */
export function backupFileName(reason: AutomaticBackupReason, at: Date): string {
  const stamp = at.toISOString().replace(/:/g, '-').replace('.', '-');
  return `lotsbok-${stamp}-${reason}.json`;
}

/** The time and reason in a backup's name, or null for any other file (or a crafted name). */
export function parseBackupFileName(
  name: string,
): { createdAt: string; reason: AutomaticBackupReason } | null {
  const match = NAME_PATTERN.exec(name);
  if (!match) return null;
  const [, date, hours, minutes, seconds, millis, reason = ''] = match;
  if (!isReason(reason)) return null;
  const createdAt = `${date}T${hours}:${minutes}:${seconds}.${millis}Z`;
  return Number.isNaN(Date.parse(createdAt)) ? null : { createdAt, reason };
}

const isMissing = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';

/** The automatic backups in the folder, newest first; a missing folder means none yet. */
export async function listBackupFiles(dir: string): Promise<AutomaticBackupInfo[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
  const backups: AutomaticBackupInfo[] = [];
  for (const name of names) {
    const parsed = parseBackupFileName(name);
    if (!parsed) continue;
    const { size } = await stat(join(dir, name));
    backups.push({ name, size, ...parsed });
  }
  // The names embed the time, so a reverse name sort is newest first.
  return backups.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

/** Writes a backup atomically, then deletes the oldest ones beyond `keep` (never the new one). */
export async function writeBackupFile(
  dir: string,
  { data, reason, keep }: WriteAutomaticBackupRequest,
  at: Date = new Date(),
): Promise<AutomaticBackupInfo> {
  await mkdir(dir, { recursive: true });
  const name = backupFileName(reason, at);
  await writeFileAtomic(join(dir, name), data);
  const all = await listBackupFiles(dir);
  const surplus = all.filter((backup) => backup.name !== name).slice(Math.max(keep - 1, 0));
  for (const old of surplus) await rm(join(dir, old.name), { force: true });
  const written = all.find((backup) => backup.name === name);
  if (!written) throw new Error(`Säkerhetskopian ${name} hittades inte efter skrivningen.`);
  return written;
}

/** The text of one listed backup. Only names of the backup pattern are accepted: no paths. */
export async function readBackupFile(dir: string, name: string, maxBytes: number): Promise<string> {
  if (!parseBackupFileName(name)) throw new Error(`"${name}" är ingen säkerhetskopia.`);
  const path = join(dir, name);
  const { size } = await stat(path);
  if (size > maxBytes) throw new RangeError(`Säkerhetskopian är för stor (${size} byte).`);
  return readFile(path, 'utf8');
}
