import { useEffect, useState } from 'react';
import type { AppInfo } from '@shared/desktopApi';
import { platform } from '../../lib/platform';

/** The host's version and data folder; null while asked, or if the host cannot say. */
export function useAppInfo(): AppInfo | null {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    let isCurrent = true;
    // A failing host call only hides the version line; it must not take the page down.
    platform
      .getAppInfo()
      .then((value) => isCurrent && setInfo(value))
      .catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, []);
  return info;
}
