import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { TaskStatus } from '../features/seed/TaskStatus';
import { useReadySession } from '../features/session/SessionContext';
import { useMenuCommands } from './useMenuCommands';

export function AppShell() {
  const { t } = useTranslation();
  const { navigator } = useReadySession();
  useMenuCommands();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="shell__header">
        <span className="shell__brand">{t('app.name')}</span>
        <nav aria-label={t('app.mainNav')} className="shell__nav">
          <NavLink to="/organisationer">{t('nav.organisations')}</NavLink>
          <NavLink to="/installningar">{t('nav.settings')}</NavLink>
        </nav>
        <span className="shell__user" title={t('app.signedInAs', { name: navigator.name })}>
          <span className="avatar" aria-hidden="true">
            {navigator.initials}
          </span>
          <span className="shell__user-name">{navigator.name}</span>
        </span>
      </header>
      <TaskStatus />
      <main id="main" className="shell__main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
