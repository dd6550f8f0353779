import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type CouchServer = {
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  url: string;
  admin: { name: string; password: string };
  stop: () => Promise<void>;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A throwaway pouchdb-server (in memory, 127.0.0.1, a free port) with a server admin, so tests
 * run against the same HTTP API as a real CouchDB without admin party. Its cwd is a temp folder
 * because it writes config.json and log.txt there.
 */
export async function startCouchServer(): Promise<CouchServer> {
  const dir = mkdtempSync(join(tmpdir(), 'lotsbok-couch-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const admin = { name: 'admin', password: 'admin-hemligt' };
  const child = spawn(
    join(process.cwd(), 'node_modules/.bin/pouchdb-server'),
    ['--in-memory', '--host', '127.0.0.1', '--port', String(port)],
    { cwd: dir, stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      // pouchdb-server is slow to stop on SIGTERM; the temp dir may only go once it has.
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    await waitUntilReady(url, () => child.exitCode !== null);
    const created = await fetch(`${url}/_config/admins/${admin.name}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(admin.password),
    });
    if (!created.ok) throw new Error(`pouchdb-server: admin not created (${created.status})`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, admin, stop };
}

async function waitUntilReady(url: string, hasExited: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 150; attempt += 1) {
    if (hasExited()) throw new Error('pouchdb-server exited before it was ready');
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await delay(200);
  }
  throw new Error(`pouchdb-server did not answer on ${url}`);
}
