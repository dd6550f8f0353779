import type { DesktopApi } from '../shared/desktopApi';

declare global {
  interface Window {
    /** Present only inside the Electron host (set by the preload); absent on the web host. */
    lotsbok?: DesktopApi;
  }
}

export {};
