import { accessSync, constants, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../../scripts/staticServer.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built web host is served, e.g. http://127.0.0.1:40123 (no trailing slash). */
    baseUrl: string;
    /** The Chromium executable the tests drive through playwright-core. */
    chromiumPath: string;
  }
}

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const distWeb = resolve(repoRoot, process.env.LOTSBOK_DIST_WEB ?? 'dist-web');

const DEFAULT_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const INSTALL_HINT =
  'Ingen Chromium hittades. Installera med: sudo apt-get update && sudo apt-get install -y chromium (eller sätt CHROMIUM_PATH)';

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** CHROMIUM_PATH if set (and it must then exist), else Debian's usual locations. Never skips. */
function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`${INSTALL_HINT}\nCHROMIUM_PATH=${fromEnv} finns inte eller är inte körbar.`);
  }
  const found = DEFAULT_CHROMIUM_PATHS.find(isExecutable);
  if (found) return found;
  throw new Error(`${INSTALL_HINT}\nLetade i: ${DEFAULT_CHROMIUM_PATHS.join(', ')}`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(resolve(distWeb, 'index.html'))) {
    throw new Error(
      `Webbversionen är inte byggd: kör npm run build:web (${distWeb}/index.html saknas)`,
    );
  }
  const chromiumPath = findChromium();
  const server = await startStaticServer({ root: distWeb });

  project.provide('baseUrl', server.url);
  project.provide('chromiumPath', chromiumPath);

  return async () => {
    await server.close();
  };
}
