/** When backups are due: the desktop's daily automatic one, and the web host's reminder. */

export const DEFAULT_AUTOMATIC_BACKUP_KEEP = 10;
export const AUTOMATIC_BACKUP_KEEP_OPTIONS = [3, 5, 7, 10, 14, 20, 30] as const;

const HOUR_MS = 60 * 60 * 1000;
export const DAILY_BACKUP_INTERVAL_MS = 24 * HOUR_MS;
export const BACKUP_REMINDER_AFTER_MS = 7 * 24 * HOUR_MS;

const age = (iso: string, now: Date): number => now.getTime() - Date.parse(iso);

/** Desktop: a new automatic backup at start when the newest one is more than a day old (or none). */
export function isDailyBackupDue(newestBackupAt: string | null, now: Date): boolean {
  return newestBackupAt === null || !(age(newestBackupAt, now) < DAILY_BACKUP_INTERVAL_MS);
}

/** Web: remind when there is data and no backup, or the last one is more than a week old. */
export function isBackupReminderDue(
  lastBackupAt: string | null,
  hasData: boolean,
  now: Date,
): boolean {
  if (lastBackupAt === null) return hasData;
  return !(age(lastBackupAt, now) < BACKUP_REMINDER_AFTER_MS);
}
