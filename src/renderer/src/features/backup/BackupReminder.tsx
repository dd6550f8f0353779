import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isBackupReminderDue } from './model/backupSchedule';
import { formatDate, now } from '../../lib/dates';
import { isDesktop } from '../../lib/platform';
import { Notice } from '../../ui/Notice';
import { useReadySession } from '../../session/SessionContext';
import { useHasRegisterData } from './useHasRegisterData';
import './backup.css';

/** Dismissed for this browser session only: the reminder comes back on the next start. */
const DISMISSED_KEY = 'lotsbok.backupReminderDismissed';

const readDismissed = (): boolean => {
  try {
    return sessionStorage.getItem(DISMISSED_KEY) === '1';
  } catch {
    return false;
  }
};

/**
 * Web host: a reminder when there is data but no backup, or the last one is more than a week old.
 * (The desktop host backs up on its own, so it needs no reminder.)
 */
export function BackupReminder() {
  const { t } = useTranslation();
  const { settings } = useReadySession();
  const hasData = useHasRegisterData();
  const [isDismissed, setIsDismissed] = useState(readDismissed);
  const lastBackupAt = settings.lastBackupAt ?? null;

  if (isDesktop || isDismissed || hasData === undefined) return null;
  if (!isBackupReminderDue(lastBackupAt, hasData, now())) return null;

  const dismiss = () => {
    try {
      sessionStorage.setItem(DISMISSED_KEY, '1');
    } catch {
      // Without session storage the reminder just stays dismissed until the next reload.
    }
    setIsDismissed(true);
  };

  return (
    <div className="backup-reminder">
      <Notice
        tone="warning"
        actions={
          <>
            <Link className="button button--small" to="/installningar#sakerhetskopia">
              {t('backup.reminderAction')}
            </Link>
            <button type="button" className="button button--small" onClick={dismiss}>
              {t('backup.reminderDismiss')}
            </button>
          </>
        }
      >
        {lastBackupAt
          ? t('backup.reminderOld', { when: formatDate(lastBackupAt) })
          : t('backup.reminder')}
      </Notice>
    </div>
  );
}
