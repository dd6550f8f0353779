// A throwaway pouchdb-server for tests and the bench: 127.0.0.1, a free port, a server admin (no
// admin party), in memory or with its data in a folder (so it can be stopped and started again on
// the same port, a team server that goes away and comes back). stop() ends it by its pid.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function freePort() {
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

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntilReady(url, hasExited) {
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

export async function startThrowawayServer(options = {}) {
  // Its cwd is a folder of its own: pouchdb-server writes config.json and log.txt there.
  const dir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'lotsbok-couch-'));
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const admin = { name: 'admin', password: 'admin-hemligt' };
  const child = spawn(
    // npm runs tests and the bench from the repository root (import.meta.url is not a file URL
    // under vitest's jsdom).
    join(options.repoRoot ?? process.cwd(), 'node_modules/.bin/pouchdb-server'),
    [...(options.dataDir ? [] : ['--in-memory']), '--host', '127.0.0.1', '--port', String(port)],
    { cwd: dir, stdio: 'ignore' },
  );
  const exited = new Promise((resolve) => child.once('exit', () => resolve()));

  const stop = async (signal = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill(signal);
      // pouchdb-server is slow to stop on SIGTERM; the temp dir may only go once it has.
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    }
    if (!options.dataDir) rmSync(dir, { recursive: true, force: true });
  };

  try {
    await waitUntilReady(url, () => child.exitCode !== null);
    // A restarted server keeps its admin (config.json in its folder): only a new one needs it.
    const authorization = `Basic ${Buffer.from(`${admin.name}:${admin.password}`).toString('base64')}`;
    const existing = await fetch(`${url}/_session`, { headers: { Authorization: authorization } });
    if (!existing.ok) {
      const created = await fetch(`${url}/_config/admins/${admin.name}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(admin.password),
      });
      if (!created.ok) throw new Error(`pouchdb-server: admin not created (${created.status})`);
      // A fixed cookie secret, kept in its config.json as CouchDB keeps its own: sessions
      // survive a restart, as they do on a real server.
      const secret = await fetch(`${url}/_config/couch_httpd_auth/secret`, {
        method: 'PUT',
        headers: { Authorization: authorization, 'Content-Type': 'application/json' },
        body: JSON.stringify('lotsbok-test-secret'),
      });
      if (!secret.ok) throw new Error(`pouchdb-server: secret not set (${secret.status})`);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port, admin, pid: child.pid, stop: () => stop(), crash: () => stop('SIGKILL') };
}
