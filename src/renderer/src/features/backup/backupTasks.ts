import type { AutomaticBackupReason } from '@shared/desktopApi';
import {
  backupTableSpecs,
  createBackupText,
  currentSchemaVersion,
  hasUserData,
  type BackupProgress,
} from './data/backupRepository';
import { getSetting, setSetting } from '../../db/settingsRepository';
import type { BackupHeader } from './model/backupFormat';
import { DEFAULT_AUTOMATIC_BACKUP_KEEP } from './model/backupSchedule';
import { parseBackup, type ParsedBackup } from './model/parseBackup';
import { i18n } from '../../i18n/i18n';
import { isDesktop, platform } from '../../lib/platform';
import { fileStamp } from './fileStamp';
import { HostError } from './hostError';

/** The steps of backup and restore that need no React: shared by the UI hooks and backupBeforeChange. */

export type SavedBackup = { name: string; header: BackupHeader };

const noProgress = (): void => undefined;

export async function buildBackupText(
  onProgress: (progress: BackupProgress) => void = noProgress,
): Promise<{ text: string; header: BackupHeader }> {
  const { version } = await platform.getAppInfo();
  return createBackupText(version, onProgress);
}

/** Remembers when the data was last backed up (the web reminder and the settings line read it). */
export async function markBackupTaken(at: string): Promise<void> {
  const actorId = await getSetting('currentNavigatorId');
  await setSetting('lastBackupAt', at, actorId);
}

export async function automaticBackupKeep(): Promise<number> {
  return (await getSetting('automaticBackupKeep')) ?? DEFAULT_AUTOMATIC_BACKUP_KEEP;
}

/** Desktop: writes an automatic backup to the data folder (rotating old ones). Throws on failure. */
export async function writeAutomaticBackup(
  reason: AutomaticBackupReason,
  onProgress: (progress: BackupProgress) => void = noProgress,
): Promise<SavedBackup> {
  const { text, header } = await buildBackupText(onProgress);
  const result = await platform.writeAutomaticBackup({
    data: text,
    reason,
    keep: await automaticBackupKeep(),
  });
  if (!result.ok) throw new HostError(result.error);
  await markBackupTaken(header.createdAt);
  return { name: result.value.name, header };
}

/**
 * Saves the current data before a change replaces it. Desktop: an automatic backup on disk. Web: a
 * restore downloads a backup file first (the browser has no folder of its own to keep one in); an
 * import does not, since it only adds rows and can be undone. Null when nothing needed saving.
 */
export async function backupCurrentData(
  reason: 'import' | 'restore',
  onProgress: (progress: BackupProgress) => void = noProgress,
): Promise<SavedBackup | null> {
  if (!(await hasUserData())) return null;
  if (isDesktop) return writeAutomaticBackup(reason, onProgress);
  if (reason === 'import') return null;
  const { text, header } = await buildBackupText(onProgress);
  const name = i18n.t('backup.preRestoreName', { stamp: fileStamp(header.createdAt) });
  const saved = await platform.saveFile({
    suggestedName: name,
    filters: [{ name: i18n.t('backup.fileFilter'), extensions: ['json'] }],
    data: text,
  });
  if (!saved.ok) throw new HostError(saved.error);
  if (saved.value === null) throw new HostError(i18n.t('backup.backupCancelled'));
  await markBackupTaken(header.createdAt);
  return { name: saved.value, header };
}

/** Checks a backup's text against this app's database before anything is touched. */
export function checkBackupText(text: string): ParsedBackup {
  return parseBackup(text, { schemaVersion: currentSchemaVersion(), tables: backupTableSpecs() });
}
