import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';
import { hasUserData } from './data/backupRepository';
import { isDailyBackupDue } from './model/backupSchedule';
import { now } from '../../lib/dates';
import { isDesktop, platform } from '../../lib/platform';
import { writeAutomaticBackup } from './backupTasks';
import { HostError } from './hostError';
import { requestPersistentStorage } from './useStoragePersistence';

/** Long enough for the first screen's own queries to go first. */
const START_DELAY_MS = 3_000;

let hasStarted = false;

/** The daily automatic backup, when the newest one is more than a day old. Silent unless it fails. */
async function takeDailyBackupIfDue(): Promise<void> {
  const listed = await platform.listBackups();
  if (!listed.ok) throw new HostError(listed.error);
  const newest = listed.value[0]?.createdAt ?? null;
  if (!isDailyBackupDue(newest, now()) || !(await hasUserData())) return;
  await writeAutomaticBackup('daily');
}

/**
 * Once per app run, after the UI is up: the desktop takes its daily backup; the web host asks the
 * browser to keep its storage (navigator.storage.persist()).
 */
export function useBackupAtStart(delayMs = START_DELAY_MS): void {
  const { t } = useTranslation();
  const setTask = useAppStore((state) => state.setTask);

  useEffect(() => {
    if (!isDesktop) {
      void requestPersistentStorage();
      return;
    }
    if (hasStarted) return;
    // The flag is set when the timer fires, so a StrictMode remount (which clears it) still runs it.
    const timer = setTimeout(() => {
      hasStarted = true;
      takeDailyBackupIfDue().catch((error: unknown) => {
        // Never interrupt another running task's progress with this one's failure.
        if (useAppStore.getState().task.status === 'running') return;
        const message = error instanceof Error ? error.message : String(error);
        setTask({
          status: 'failed',
          label: t('backup.automaticTitle'),
          message: t('backup.dailyFailed', { message }),
        });
      });
    }, delayMs);
    return () => clearTimeout(timer);
  }, [delayMs, setTask, t]);
}
