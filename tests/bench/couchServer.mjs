// The bench's throwaway team server: pouchdb-server in memory on 127.0.0.1 and a free port, with a
// server admin, as tests/support/couchServer.ts starts it for the tests (that one is TypeScript,
// which the plain-Node bench cannot import). stop() ends it by its pid and removes its folder.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @returns {Promise<{ url: string, admin: { name: string, password: string }, pid: number, stop: () => Promise<void> }>} */
export async function startCouchServer({ repoRoot }) {
  const dir = mkdtempSync(join(tmpdir(), 'lotsbok-bench-couch-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const admin = { name: 'admin', password: 'admin-hemligt' };
  const child = spawn(
    join(repoRoot, 'node_modules/.bin/pouchdb-server'),
    ['--in-memory', '--host', '127.0.0.1', '--port', String(port)],
    { cwd: dir, stdio: 'ignore' },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      process.kill(child.pid, 'SIGTERM');
      // pouchdb-server is slow to stop on SIGTERM.
      const timer = setTimeout(() => process.kill(child.pid, 'SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    let ready = false;
    for (let attempt = 0; attempt < 150 && !ready; attempt += 1) {
      if (child.exitCode !== null) throw new Error('pouchdb-server exited before it was ready');
      ready = await fetch(url).then(
        (r) => r.ok,
        () => false,
      );
      if (!ready) await delay(200);
    }
    if (!ready) throw new Error(`pouchdb-server did not answer on ${url}`);
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
  return { url, admin, pid: child.pid, stop };
}
