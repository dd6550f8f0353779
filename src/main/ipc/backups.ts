import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { app } from 'electron';
import type { AutomaticBackupInfo, OpenedBackupFile } from '@shared/desktopApi';
import { fail, ok } from '@shared/result';
import { listBackupFiles, readBackupFile, writeBackupFile } from '../backupStore';
import { askOpenPath } from './dialogs';
import { describeError } from './errors';
import { parseRequest, type IpcHandler } from './handler';
import { BackupNameSchema, NoInputSchema, WriteAutomaticBackupRequestSchema } from './schemas';

/** Large enough for the stress data set several times over; a guard against a stray huge file. */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;

/** Looked up per call: Electron's userData path is only final once the app is ready. */
const backupsDir = (): string => join(app.getPath('userData'), 'backups');

export const writeAutomaticBackup: IpcHandler<AutomaticBackupInfo> = async (_context, input) => {
  const request = parseRequest(WriteAutomaticBackupRequestSchema, input);
  if (!request.ok) return request;
  try {
    return ok(await writeBackupFile(backupsDir(), request.value));
  } catch (error) {
    return fail(`Kunde inte spara den automatiska säkerhetskopian: ${describeError(error)}`);
  }
};

export const listBackups: IpcHandler<AutomaticBackupInfo[]> = async (_context, input) => {
  const request = parseRequest(NoInputSchema, input);
  if (!request.ok) return request;
  try {
    return ok(await listBackupFiles(backupsDir()));
  } catch (error) {
    return fail(`Kunde inte läsa mappen med säkerhetskopior: ${describeError(error)}`);
  }
};

export const readBackup: IpcHandler<string> = async (_context, input) => {
  const request = parseRequest(BackupNameSchema, input);
  if (!request.ok) return request;
  try {
    return ok(await readBackupFile(backupsDir(), request.value, MAX_BACKUP_BYTES));
  } catch (error) {
    return fail(`Kunde inte läsa säkerhetskopian: ${describeError(error)}`);
  }
};

/** Restore from a file: the user picks it; read as UTF-8 text with the backup size limit. */
export const openBackupFile: IpcHandler<OpenedBackupFile | null> = async (_context, input) => {
  const request = parseRequest(NoInputSchema, input);
  if (!request.ok) return request;
  const filePath = await askOpenPath({
    title: 'Återställ från säkerhetskopia',
    properties: ['openFile'],
    filters: [{ name: 'Lotsbok-säkerhetskopia', extensions: ['json'] }],
  });
  if (filePath === null) return ok(null);
  try {
    const { size } = await stat(filePath);
    if (size > MAX_BACKUP_BYTES) {
      return fail(
        `Filen är för stor (${Math.round(size / 1024 / 1024)} MB) för en säkerhetskopia.`,
      );
    }
    return ok({ name: basename(filePath), text: await readFile(filePath, 'utf8') });
  } catch (error) {
    return fail(`Kunde inte öppna filen: ${describeError(error)}`);
  }
};
