import { backupCurrentData } from './backupTasks';

/**
 * Takes an automatic backup before a change that replaces data (an import, a restore). Throws when
 * the backup cannot be written, so the caller stops before changing anything.
 */
export async function backupBeforeChange(reason: 'import' | 'restore'): Promise<void> {
  await backupCurrentData(reason);
}
