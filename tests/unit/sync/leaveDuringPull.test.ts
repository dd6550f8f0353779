import { LotsbokDatabase } from '@renderer/db/LotsbokDatabase';
import { CHECKPOINT_KEY } from '@renderer/sync/applyIncoming';
import { syncTables } from '@renderer/sync/syncTables';
import { leaveTeam } from '@renderer/sync/teamMembership';
import { startPouchServer, type PouchServer } from './pouchServer';
import { organisation } from './teamMachine';

// Leaving a team while the live feed waits on the server: what the feed brings afterwards is not
// the machine's business any more, and must not land in its database.
const TEAM_DB = 'lotsbok-lamna';
let server: PouchServer;

beforeAll(async () => {
  server = await startPouchServer(TEAM_DB, ['anna', 'bo']);
}, 60_000);

afterAll(() => server.stop());

test('a long poll that answers after the machine left the team changes nothing there', async () => {
  const anna = new LotsbokDatabase(`lamna-a-${Math.random()}`);
  const bo = new LotsbokDatabase(`lamna-b-${Math.random()}`);
  await anna.open();
  await bo.open();
  const annaSync = await server.join(anna, 'anna');
  const boSync = await server.join(bo, 'bo');
  await annaSync.syncNow();
  await boSync.syncNow();

  // Bo's live feed is waiting on the server when Bo leaves.
  boSync.start();
  await new Promise((resolve) => setTimeout(resolve, 300));
  await leaveTeam(bo);
  await anna.organisations.add(organisation('efter'));
  await annaSync.syncNow();
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  await boSync.stop();

  expect(await bo.organisations.get('efter')).toBeUndefined();
  expect(await syncTables(bo).state.get(CHECKPOINT_KEY)).toBeUndefined();
  expect(await syncTables(bo).meta.count()).toBe(0);
}, 30_000);
