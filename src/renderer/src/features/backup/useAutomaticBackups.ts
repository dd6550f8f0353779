import { useEffect, useRef, useState } from 'react';
import type { AutomaticBackupInfo } from '@shared/desktopApi';
import { useAppStore } from '../../app/store';
import { platform } from '../../lib/platform';

export type AutomaticBackupsState =
  | { status: 'loading' }
  | { status: 'ready'; backups: AutomaticBackupInfo[] }
  | { status: 'failed'; error: string };

/** The desktop's automatic backups, read again whenever a long task ends (it may have added one). */
export function useAutomaticBackups(): AutomaticBackupsState {
  const taskStatus = useAppStore((state) => state.task.status);
  const [state, setState] = useState<AutomaticBackupsState>({ status: 'loading' });
  const shown = useRef('');

  useEffect(() => {
    if (taskStatus === 'running') return;
    let isCurrent = true;
    platform
      .listBackups()
      .then((result) => {
        if (!isCurrent) return;
        const next: AutomaticBackupsState = result.ok
          ? { status: 'ready', backups: result.value }
          : { status: 'failed', error: result.error };
        // Most tasks add no automatic backup: keep the rendered list when nothing changed.
        const key = JSON.stringify(next);
        if (key === shown.current) return;
        shown.current = key;
        setState(next);
      })
      .catch((error: unknown) => {
        if (isCurrent) setState({ status: 'failed', error: String(error) });
      });
    return () => {
      isCurrent = false;
    };
  }, [taskStatus]);

  return state;
}
