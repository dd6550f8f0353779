import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The URL the window loads: the Vite dev server in development, the built index.html otherwise. */
export function resolveAppUrl(): string {
  const devUrl = process.env['ELECTRON_RENDERER_URL'];
  if (devUrl) return devUrl;
  return pathToFileURL(join(__dirname, '../renderer/index.html')).href;
}

const parseUrl = (value: string): URL | null => {
  try {
    return new URL(value);
  } catch {
    return null;
  }
};

/**
 * True when `url` is the app's own page. file: URLs have no real origin ("null"), so there the
 * document path itself must match; routing inside the app happens in the hash, which is ignored.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  const target = parseUrl(url);
  const app = parseUrl(appUrl);
  if (!target || !app) return false;
  if (app.protocol === 'file:') {
    return (
      target.protocol === 'file:' && target.host === app.host && target.pathname === app.pathname
    );
  }
  return (app.protocol === 'http:' || app.protocol === 'https:') && target.origin === app.origin;
}
