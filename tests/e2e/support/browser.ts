import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export type OpenAppOptions = {
  /**
   * Reuse this Chromium profile (IndexedDB, localStorage…) instead of a fresh one, to check that
   * data survives a browser restart: close the first app with `{ keepUserDataDir: true }`, then
   * `openApp({ userDataDir: first.userDataDir })`.
   */
  userDataDir?: string;
  viewport?: { width: number; height: number };
  /** Appended to the base URL; defaults to '/'. */
  path?: string;
};

export type CloseAppOptions = {
  /** Keep the profile folder on disk so it can be reopened; otherwise it is removed. */
  keepUserDataDir?: boolean;
};

export type OpenedApp = {
  context: BrowserContext;
  page: Page;
  userDataDir: string;
  /** Console errors and uncaught page errors from every page of the context, in order. */
  consoleErrors: string[];
  close: (options?: CloseAppOptions) => Promise<void>;
};

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const screenshotDir = fileURLToPath(new URL('../../../test-results/screenshots', import.meta.url));

/** The base URL of the served web host (set by globalSetup), without a trailing slash. */
export function getBaseUrl(): string {
  return inject('baseUrl');
}

function collectErrors(page: Page, errors: string[]): void {
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => {
    errors.push(`pageerror: ${error.stack ?? error.message}`);
  });
}

export async function openApp(options: OpenAppOptions = {}): Promise<OpenedApp> {
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'lotsbok-e2e-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: inject('chromiumPath'),
    headless: true,
    args: LAUNCH_ARGS,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    acceptDownloads: true,
  });

  const consoleErrors: string[] = [];
  context.on('page', (page) => collectErrors(page, consoleErrors));
  const existingPages = context.pages();
  existingPages.forEach((page) => collectErrors(page, consoleErrors));

  let isClosed = false;
  const close = async ({ keepUserDataDir = false }: CloseAppOptions = {}): Promise<void> => {
    if (isClosed) return;
    isClosed = true;
    await context.close();
    if (!keepUserDataDir) await rm(userDataDir, { recursive: true, force: true });
  };

  try {
    const page = existingPages[0] ?? (await context.newPage());
    await page.goto(`${getBaseUrl()}${options.path ?? '/'}`);
    return { context, page, userDataDir, consoleErrors, close };
  } catch (error) {
    await close({ keepUserDataDir: options.userDataDir !== undefined });
    throw error;
  }
}

/** Saves a full-page PNG to test-results/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const safeName = name.replace(/[^\p{L}\p{N}._-]+/gu, '-');
  const path = join(screenshotDir, `${safeName}.png`);
  await mkdir(screenshotDir, { recursive: true });
  await page.screenshot({ path, fullPage: true });
  return path;
}
