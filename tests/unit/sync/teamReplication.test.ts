import { createCouchTransport, type FetchLike } from '@shared/couchTransport';
import { LotsbokDatabase } from '@renderer/db/LotsbokDatabase';
import { logIn } from '@renderer/sync/couchClient';
import { syncTables } from '@renderer/sync/syncTables';
import { joinTeam } from '@renderer/sync/teamMembership';
import { TeamReplicator } from '@renderer/sync/teamReplicator';
import { setUpTeam } from '../../../scripts/couch/teamDatabase.mjs';
import { startCouchServer, type CouchServer } from '../../support/couchServer';

// Two "machines" (two IndexedDB databases) against a real pouchdb-server on a free port.
let server: CouchServer;
let url = '';

// Set up as `npm run server:setup` does, so the server's rules check every pushed document.
beforeAll(async () => {
  server = await startCouchServer();
  url = server.url;
  await setUpTeam({
    url,
    admin: server.admin,
    team: 'vast',
    users: ['anna', 'bo'].map((name) => ({ name, password: 'hemligt' })),
  });
}, 60_000);

afterAll(async () => {
  await server?.stop();
}, 10_000);

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
