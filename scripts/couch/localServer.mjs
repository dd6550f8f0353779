// Where `npm run server` keeps its data and its admin, so `npm run server:setup` can find both.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DATA_DIR = join(REPO_ROOT, '.lotsbok-server');
export const ADMIN_FILE = join(DATA_DIR, 'admin.json');

/** The saved admin of the local server, or null before its first start. */
export function readLocalAdmin() {
  if (!existsSync(ADMIN_FILE)) return null;
  const { name, password } = JSON.parse(readFileSync(ADMIN_FILE, 'utf8'));
  return { name, password };
}
