import { TEAM_STATE_KEY } from '@renderer/db/changeTracking';
import { LotsbokDatabase } from '@renderer/db/LotsbokDatabase';
import type { OrganisationEntity } from '@renderer/domain/entities';
import { DELETED_FIELD, type SyncConflictEntry } from '@renderer/domain/syncRecords';
import { withDerivedFields } from '@renderer/sync/derivedFields';
import { resolveConflict } from '@renderer/sync/resolveConflict';
import { syncTables } from '@renderer/sync/syncTables';

// A navigator's choice in Konflikter, on one machine (fake-indexeddb, no server).

const stamp = '2026-12-01T10:00:00.000Z';

const organisation = withDerivedFields('organisations', {
  id: 'org-1',
  name: 'Cykelkooperativet',
  orgNumber: null,
  legalForm: 'ekonomisk_forening',
  ideaRegistration: 'unknown',
  address: { street: '', postalCode: '', city: '' },
  district: '',
  municipality: 'Göteborg',
  phone: '',
  email: '',
  website: '',
  tags: [],
  note: 'A',
  status: 'active',
  lastContactedAt: null,
  createdBy: null,
  createdAt: stamp,
  updatedAt: stamp,
}) as OrganisationEntity;

/** A machine in a team (tracking on), holding the server's version of the organisation. */
async function machineWithConflict(fields: SyncConflictEntry['fields']) {
  const database = new LotsbokDatabase(`resolve-${Math.random()}`);
  await database.open();
  await database.organisations.add(organisation);
  await syncTables(database).meta.put({ key: 'organisations:org-1', rev: '2-server' });
  await syncTables(database).state.put({ key: TEAM_STATE_KEY, value: { team: 'vast' } });
  const conflict: SyncConflictEntry = {
    key: 'organisations:org-1',
    table: 'organisations',
    id: 'org-1',
    fields,
    detectedAt: stamp,
  };
  await syncTables(database).conflicts.put(conflict);
  return { database, conflict };
}

async function resolvedEvent(database: LotsbokDatabase) {
  const events = (await database.events.toArray()).filter(
    (event) => event.kind === 'conflictResolved',
  );
  expect(events).toHaveLength(1);
  return events[0];
}

test('choosing this machine’s value writes it as a local change and logs the server’s', async () => {
  const { database, conflict } = await machineWithConflict([
    { field: 'note', local: 'B', server: 'A' },
  ]);
  await resolveConflict(database, conflict, { note: 'local' }, 'navigator-1');

  expect((await database.organisations.get('org-1'))?.note).toBe('B');
  const outbox = await syncTables(database).outbox.get('organisations:org-1');
  expect(outbox).toMatchObject({ deleted: false, baseRev: '2-server', refused: null });
  const event = await resolvedEvent(database);
  expect(event).toMatchObject({
    entityType: 'organisation',
    entityId: 'org-1',
    organisationId: 'org-1',
    navigatorId: 'navigator-1',
    changes: [{ field: 'note', from: 'A', to: 'B' }],
  });
  // The event is shared too: it goes up with the record.
  expect(await syncTables(database).outbox.get(`events:${event?.id ?? ''}`)).toBeDefined();
  expect(await syncTables(database).conflicts.count()).toBe(0);
});

test('choosing the server’s value leaves the record and logs this machine’s', async () => {
  const { database, conflict } = await machineWithConflict([
    { field: 'note', local: 'B', server: 'A' },
  ]);
  await resolveConflict(database, conflict, { note: 'server' }, null);

  expect(await database.organisations.get('org-1')).toEqual(organisation);
  expect(await syncTables(database).outbox.get('organisations:org-1')).toBeUndefined();
  const event = await resolvedEvent(database);
  expect(event?.changes).toEqual([{ field: 'note', from: 'B', to: 'A' }]);
  expect(await syncTables(database).conflicts.count()).toBe(0);
});

test('a field without a choice keeps the server’s value; each field is logged', async () => {
  const { database, conflict } = await machineWithConflict([
    { field: 'note', local: 'B', server: 'A' },
    { field: 'email', local: 'b@x.se', server: '' },
  ]);
  await resolveConflict(database, conflict, { email: 'local' }, null);

  const record = await database.organisations.get('org-1');
  expect(record?.note).toBe('A');
  expect(record?.email).toBe('b@x.se');
  expect((await resolvedEvent(database))?.changes).toEqual([
    { field: 'note', from: 'B', to: 'A' },
    { field: 'email', from: '', to: 'b@x.se' },
  ]);
});

test('a chosen name brings its index fields along', async () => {
  const { database, conflict } = await machineWithConflict([
    { field: 'name', local: 'Ölkooperativet', server: 'Cykelkooperativet' },
  ]);
  await resolveConflict(database, conflict, { name: 'local' }, null);

  const record = await database.organisations.get('org-1');
  expect(record?.name).toBe('Ölkooperativet');
  expect(record).toEqual({
    ...withDerivedFields('organisations', { ...organisation, name: 'Ölkooperativet' }),
    updatedAt: record?.updatedAt,
  });
});

test('deleted here, changed there: keeping the deletion deletes the record and sends it', async () => {
  const { database, conflict } = await machineWithConflict([
    { field: DELETED_FIELD, local: true, server: false },
  ]);
  await resolveConflict(database, conflict, { [DELETED_FIELD]: 'local' }, null);

  expect(await database.organisations.get('org-1')).toBeUndefined();
  expect(await syncTables(database).outbox.get('organisations:org-1')).toMatchObject({
    deleted: true,
    baseRev: '2-server',
  });
  expect((await resolvedEvent(database))?.changes).toEqual([
    { field: DELETED_FIELD, from: false, to: true },
  ]);
});

test('deleted here, changed there: taking the server’s keeps the record', async () => {
  const { database, conflict } = await machineWithConflict([
    { field: DELETED_FIELD, local: true, server: false },
  ]);
  await resolveConflict(database, conflict, { [DELETED_FIELD]: 'server' }, null);

  expect(await database.organisations.get('org-1')).toEqual(organisation);
  expect(await syncTables(database).outbox.get('organisations:org-1')).toBeUndefined();
  expect((await resolvedEvent(database))?.changes).toEqual([
    { field: DELETED_FIELD, from: true, to: false },
  ]);
});

test('deleted there, changed here: taking the server’s deletion deletes the record', async () => {
  const { database, conflict } = await machineWithConflict([
    { field: DELETED_FIELD, local: false, server: true },
  ]);
  await resolveConflict(database, conflict, { [DELETED_FIELD]: 'server' }, null);

  expect(await database.organisations.get('org-1')).toBeUndefined();
  expect((await resolvedEvent(database))?.changes).toEqual([
    { field: DELETED_FIELD, from: false, to: true },
  ]);
});

test('a duplicate organisation is not resolved field by field (it is merged)', async () => {
  const { database, conflict } = await machineWithConflict([]);
  const duplicate = { ...conflict, duplicate: { localId: 'org-2', incoming: {}, rev: '1-a' } };
  await expect(resolveConflict(database, duplicate, {}, null)).rejects.toThrow();
  expect(await syncTables(database).conflicts.count()).toBe(1);
});
