import type { DesktopApi } from '@shared/desktopApi';
import { webPlatform } from './webPlatform';

/** The host API: the Electron preload's object on the desktop, the browser implementation on the web. */
export const platform: DesktopApi =
  typeof window !== 'undefined' && window.lotsbok ? window.lotsbok : webPlatform;

export const isDesktop = platform !== webPlatform;
