import { app, session, shell, type Session, type WebContents, type WebRequest } from 'electron';
import { isAppUrl } from './appUrl';

const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  // React and the UI libraries set inline style attributes; scripts stay strict.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
] as const;

/** The Content-Security-Policy for the app's own documents. */
export const cspHeader = (): string => CSP_DIRECTIVES.join('; ');

/** Only the app's own page may be shown in the window. */
export const isAllowedNavigation = (url: string, appUrl: string): boolean => isAppUrl(url, appUrl);

/** Links leave the app only to the user's browser, and only over https. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

// Narrow views of Electron objects: just what each guard touches, so tests can pass plain fakes.
type PermissionTarget = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;
type CspTarget = { webRequest: Pick<WebRequest, 'onHeadersReceived'> };
type GuardedContents = Pick<WebContents, 'setWindowOpenHandler' | 'on'>;

const openExternally = (url: string): void => {
  if (isSafeExternalUrl(url)) void shell.openExternal(url);
};

/** Every permission (camera, notifications, geolocation …) is refused: the app needs none. */
export function denyAllPermissions(target: PermissionTarget): void {
  target.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
}

/** Adds the CSP header to the app's own responses; other responses pass through untouched. */
export function enforceCsp(target: CspTarget, appUrl: string): void {
  target.webRequest.onHeadersReceived((details, callback) => {
    if (!isAppUrl(details.url, appUrl)) {
      callback({});
      return;
    }
    const headers = { ...details.responseHeaders };
    for (const name of Object.keys(headers)) {
      if (name.toLowerCase() === 'content-security-policy') delete headers[name];
    }
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [cspHeader()] } });
  });
}

/** No new windows, no navigation away from the app, no <webview>. */
export function hardenWebContents(contents: GuardedContents, appUrl: string): void {
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
  const blockForeign = (event: { preventDefault: () => void }, url: string): void => {
    if (isAllowedNavigation(url, appUrl)) return;
    event.preventDefault();
    openExternally(url);
  };
  contents.on('will-navigate', (event) => blockForeign(event, event.url));
  contents.on('will-redirect', (event) => blockForeign(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Installs every guard; call once, after app 'ready', before the window is created. */
export function installSecurityHandlers(appUrl: string): void {
  denyAllPermissions(session.defaultSession);
  enforceCsp(session.defaultSession, appUrl);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, appUrl));
}
