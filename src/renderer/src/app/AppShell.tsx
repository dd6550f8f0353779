import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { BackupReminder } from '../features/backup/BackupReminder';
import { useBackupAtStart } from '../features/backup/useBackupAtStart';
import { CallDialogHost } from '../features/calls/log/CallDialogHost';
import { TaskStatus } from '../ui/TaskStatus';
import { useReadySession } from '../session/SessionContext';
import { useAppStore } from './store';
import { useMenuCommands } from './useMenuCommands';
import { SyncIndicator } from '../features/team/SyncIndicator';
import { useTeamSync } from '../features/team/useTeamSync';

export function AppShell() {
  const { t } = useTranslation();
  const { navigator } = useReadySession();
  const openCallDialog = useAppStore((state) => state.openCallDialog);
  useMenuCommands();
  useBackupAtStart();
  useTeamSync();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="shell__header">
        <span className="shell__brand">{t('app.name')}</span>
        <nav aria-label={t('app.mainNav')} className="shell__nav">
          <NavLink to="/idag">{t('nav.today')}</NavLink>
          <NavLink to="/arenden">{t('nav.inquiries')}</NavLink>
          <NavLink to="/organisationer">{t('nav.organisations')}</NavLink>
          <NavLink to="/samtal">{t('nav.calls')}</NavLink>
          <NavLink to="/underlag">{t('nav.briefs')}</NavLink>
          <NavLink to="/installningar">{t('nav.settings')}</NavLink>
        </nav>
        <SyncIndicator />
        <button
          type="button"
          className="button button--call"
          aria-keyshortcuts="Control+L"
          onClick={() => openCallDialog()}
        >
          {t('callLog.button')} <kbd>{t('callLog.shortcutHint')}</kbd>
        </button>
        <span className="shell__user" title={t('app.signedInAs', { name: navigator.name })}>
          <span className="avatar" aria-hidden="true">
            {navigator.initials}
          </span>
          <span className="shell__user-name">{navigator.name}</span>
        </span>
      </header>
      <TaskStatus />
      {/* Here, not at the end: after a save it shows its notice under the header. */}
      <CallDialogHost />
      <BackupReminder />
      <main id="main" className="shell__main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
