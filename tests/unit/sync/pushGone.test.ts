import { LotsbokDatabase } from '@renderer/db/LotsbokDatabase';
import { syncTables } from '@renderer/sync/syncTables';
import { startPouchServer, type PouchServer } from './pouchServer';
import { organisation } from './teamMachine';

// A push refused as stale (409) for a document the server no longer has, or has deleted.
const TEAM_DB = 'lotsbok-borta';
let server: PouchServer;

beforeAll(async () => {
  server = await startPouchServer(TEAM_DB, ['anna']);
}, 60_000);

afterAll(() => server.stop());

async function serverDoc(id: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${server.url}/${TEAM_DB}/${encodeURIComponent(id)}`, {
    headers: server.adminHeaders,
  });
  return (await response.json()) as Record<string, unknown>;
}

/** What an administrator does on the server: removes a document (a tombstone remains). */
async function deleteOnServer(id: string): Promise<void> {
  const doc = await serverDoc(id);
  await fetch(`${server.url}/${TEAM_DB}/${encodeURIComponent(id)}?rev=${String(doc['_rev'])}`, {
    method: 'DELETE',
    headers: server.adminHeaders,
  });
}

async function machine() {
  const database = new LotsbokDatabase(`gone-${Math.random()}`);
  await database.open();
  return { database, replicator: await server.join(database, 'anna') };
}

test('a change to a document deleted on the server goes up again instead of looping', async () => {
  const { database, replicator } = await machine();
  await database.organisations.add(organisation('org-del'));
  await replicator.syncNow();
  await deleteOnServer('organisations:org-del');
  await database.organisations.update('org-del', { note: 'Ändrad här' });

  await replicator.syncNow();
  expect(await syncTables(database).outbox.count()).toBe(0);
  const doc = await serverDoc('organisations:org-del');
  expect((doc['data'] as Record<string, unknown> | undefined)?.['note']).toBe('Ändrad här');
  // Deleted there, changed here: kept, and listed for a navigator.
  expect((await syncTables(database).conflicts.toArray()).map((row) => row.key)).toEqual([
    'organisations:org-del',
  ]);
}, 60_000);

test('a deletion of a document also deleted on the server simply leaves the outbox', async () => {
  const { database, replicator } = await machine();
  await database.organisations.add(organisation('org-both'));
  await replicator.syncNow();
  await deleteOnServer('organisations:org-both');
  await database.organisations.delete('org-both');

  await replicator.syncNow();
  expect(await syncTables(database).outbox.count()).toBe(0);
  expect(await database.organisations.get('org-both')).toBeUndefined();
}, 60_000);

test('a document the server never had (purged, database reset) is sent again as a new one', async () => {
  const { database, replicator } = await machine();
  await database.organisations.add(organisation('org-new'));
  // As if it had been synced at a revision the server does not know (the server was reset).
  await database.transaction('rw', syncTables(database).meta, async () => {
    await syncTables(database).meta.put({ key: 'organisations:org-new', rev: '3-gone' });
  });
  await syncTables(database).outbox.update('organisations:org-new', { baseRev: '3-gone' });

  await replicator.syncNow();
  expect(await syncTables(database).outbox.count()).toBe(0);
  const doc = await serverDoc('organisations:org-new');
  expect((doc['data'] as Record<string, unknown> | undefined)?.['name']).toBe('Förening org-new');
  expect(await syncTables(database).meta.get('organisations:org-new')).toEqual({
    key: 'organisations:org-new',
    rev: doc['_rev'],
  });
}, 60_000);

test('a deletion of a document the server never had leaves the outbox', async () => {
  const { database, replicator } = await machine();
  await database.organisations.add(organisation('org-never'));
  await syncTables(database).outbox.update('organisations:org-never', { baseRev: '3-gone' });
  await database.organisations.delete('org-never');

  await replicator.syncNow();
  expect(await syncTables(database).outbox.count()).toBe(0);
}, 60_000);
