import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCouchTransport, type FetchLike } from '@shared/couchTransport';
import { LotsbokDatabase } from '@renderer/db/LotsbokDatabase';
import { logIn } from '@renderer/sync/couchClient';
import { syncTables } from '@renderer/sync/syncTables';
import { joinTeam } from '@renderer/sync/teamMembership';
import { TeamReplicator } from '@renderer/sync/teamReplicator';

// Two "machines" (two IndexedDB databases) against a real pouchdb-server on a free port.
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

let server: ChildProcess;
let url = '';
let dir = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lotsbok-couch-'));
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  server = spawn(
    join(process.cwd(), 'node_modules/.bin/pouchdb-server'),
    ['--in-memory', '--host', '127.0.0.1', '--port', String(port)],
    { cwd: dir, stdio: 'ignore' },
  );
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  await fetch(`${url}/lotsbok-vast`, { method: 'PUT' });
  for (const name of ['anna', 'bo']) {
    await fetch(`${url}/_users/org.couchdb.user:${name}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, password: 'hemligt', roles: ['lotsbok-vast'], type: 'user' }),
    });
  }
}, 60_000);

afterAll(() => {
  server.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

async function machine(name: string, user: string) {
  const database = new LotsbokDatabase(`${name}-${Math.random()}`);
  await database.open();
  const transport = createCouchTransport({
    baseUrl: url,
    fetch: fetch as unknown as FetchLike,
    keepCookie: true,
  });
  await logIn(transport, user, 'hemligt');
  await joinTeam(database, {
    serverUrl: url,
    team: 'vast',
    databaseName: 'lotsbok-vast',
    userName: user,
    joinedAt: new Date().toISOString(),
  });
  const replicator = new TeamReplicator({
    database,
    transport,
    databaseName: 'lotsbok-vast',
    userName: user,
  });
  return { database, replicator };
}

const organisation = {
  id: 'org-1',
  name: 'Cykelkooperativet',
  nameKey: 'cykelkooperativet',
  searchWords: ['cykelkooperativet'],
  orgNumber: null,
  legalForm: 'ekonomisk_forening' as const,
  ideaRegistration: 'unknown' as const,
  address: { street: '', postalCode: '', city: '' },
  district: '',
  municipality: 'Göteborg',
  phone: '',
  phoneDigits: '',
  email: '',
  website: '',
  tags: [],
  note: '',
  status: 'active' as const,
  lastContactedAt: null,
  createdBy: null,
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
};

test('a record travels both ways, one-sided edits merge, a same-field edit is a conflict', async () => {
  const a = await machine('a', 'anna');
  const b = await machine('b', 'bo');
  await a.database.organisations.add(organisation);
  await a.replicator.syncNow();
  await b.replicator.syncNow();
  expect((await b.database.organisations.get('org-1'))?.name).toBe('Cykelkooperativet');

  // Apart: different fields, then the same field.
  await a.database.organisations.update('org-1', { phone: '031-12 34 56' });
  await b.database.organisations.update('org-1', { email: 'info@cykel.se', note: 'B' });
  await a.database.organisations.update('org-1', { note: 'A' });
  await a.replicator.syncNow();
  await b.replicator.syncNow();
  await a.replicator.syncNow();

  const onA = await a.database.organisations.get('org-1');
  const onB = await b.database.organisations.get('org-1');
  expect(onA?.phone).toBe('031-12 34 56');
  expect(onA?.email).toBe('info@cykel.se');
  expect(onB?.phone).toBe('031-12 34 56');
  expect(onB?.phoneDigits).toBe('031123456');
  // The server had A's note first; B keeps it and lists the conflict with its own value.
  expect(onA?.note).toBe('A');
  expect(onB?.note).toBe('A');
  const conflicts = await syncTables(b.database).conflicts.toArray();
  expect(conflicts).toHaveLength(1);
  expect(conflicts[0]?.fields).toEqual([{ field: 'note', local: 'B', server: 'A' }]);
  expect(await syncTables(a.database).outbox.count()).toBe(0);
  expect(await syncTables(b.database).outbox.count()).toBe(0);
}, 60_000);
