import { useEffect } from 'react';
import { matchPath, useLocation, useNavigate } from 'react-router';
import type { MenuCommand } from '@shared/desktopApi';
import { platform } from '../lib/platform';
import { useAppStore } from './store';

const ROUTES: Partial<Record<MenuCommand, string>> = {
  'new-organisation': '/organisationer/ny',
  'open-today': '/idag',
  'open-inquiries': '/arenden',
  'open-organisations': '/organisationer',
  'open-calls': '/samtal',
  'open-settings': '/installningar',
};

/** The desktop menu's commands, and the same shortcuts on the web host where no menu exists. */
export function useMenuCommands(): void {
  const navigate = useNavigate();
  const openCallDialog = useAppStore((state) => state.openCallDialog);
  const { pathname } = useLocation();
  useEffect(() => {
    const run = (command: MenuCommand) => {
      if (command === 'log-call') {
        // On an organisation's or an inquiry's page, the call is most likely about it.
        const organisationId = matchPath('/organisationer/:organisationId', pathname)?.params
          .organisationId;
        const inquiryId = matchPath('/arenden/:inquiryId', pathname)?.params.inquiryId;
        openCallDialog(
          organisationId && organisationId !== 'ny'
            ? { organisationId }
            : inquiryId
              ? { inquiryId }
              : {},
        );
        return;
      }
      const route = ROUTES[command];
      if (route) void navigate(route);
    };
    const unsubscribe = platform.onMenuCommand(run);
    const handleKeyDown = (event: KeyboardEvent) => {
      const key = event.key.toLowerCase();
      // Ctrl+L (as in the desktop menu) or Alt+L logs a call from anywhere.
      if (key === 'l' && !event.shiftKey && (event.ctrlKey || event.metaKey || event.altKey)) {
        event.preventDefault();
        run('log-call');
        return;
      }
      // Alt+N on the web: Ctrl+N is the browser's own "new window" and cannot be taken.
      if (event.altKey && !event.ctrlKey && !event.metaKey && event.key.toLowerCase() === 'n') {
        event.preventDefault();
        run('new-organisation');
      }
    };
    window.addEventListener('keydown', handleKeyDown);
    return () => {
      unsubscribe();
      window.removeEventListener('keydown', handleKeyDown);
    };
  }, [navigate, openCallDialog, pathname]);
}
