import type {
  CallEntity,
  ContactPersonEntity,
  InquiryEntity,
  OrganisationEntity,
} from '@renderer/domain/entities';
import { LotsbokDatabase } from '@renderer/db/LotsbokDatabase';
import { applyIncoming, CHECKPOINT_KEY } from '@renderer/sync/applyIncoming';
import { withDerivedFields } from '@renderer/sync/derivedFields';
import { dismissDuplicate, mergeDuplicateOrganisation } from '@renderer/sync/mergeDuplicates';
import { syncTables } from '@renderer/sync/syncTables';
import { startPouchServer, type PouchServer } from './pouchServer';

// Two navigators who kept the same organisation alone, under different ids, join one team.
let server: PouchServer;

beforeAll(async () => {
  server = await startPouchServer('lotsbok-dubbel', ['anna', 'bo']);
}, 60_000);

afterAll(() => server.stop());

async function machine(name: string) {
  const database = new LotsbokDatabase(`${name}-${Math.random()}`);
  await database.open();
  return database;
}

const joinAs = (database: LotsbokDatabase, user: string) => server.join(database, user);

const stamp = '2026-12-01T10:00:00.000Z';

function organisation(id: string, extra: Partial<OrganisationEntity>): OrganisationEntity {
  return {
    id,
    name: 'Föreningen X',
    nameKey: 'foreningen x',
    searchWords: ['foreningen', 'x'],
    orgNumber: '802005-1952',
    legalForm: 'ideell_forening',
    ideaRegistration: 'unknown',
    address: { street: '', postalCode: '', city: '' },
    district: '',
    municipality: 'Göteborg',
    phone: '',
    phoneDigits: '',
    email: '',
    website: '',
    tags: [],
    note: '',
    status: 'active',
    lastContactedAt: null,
    createdBy: null,
    createdAt: stamp,
    updatedAt: stamp,
    ...extra,
  };
}

const contact = (id: string, organisationId: string): ContactPersonEntity => ({
  id,
  organisationId,
  name: `Kontakt ${id}`,
  nameKey: `kontakt ${id}`,
  role: '',
  phone: '',
  phoneDigits: '',
  email: '',
  note: '',
  isPrimary: true,
  status: 'active',
  createdAt: stamp,
  updatedAt: stamp,
});

const inquiry = (id: string, organisationId: string): InquiryEntity => ({
  id,
  organisationId,
  contactPersonId: null,
  title: `Ärende ${id}`,
  offer: '',
  targetGroup: '',
  initiative: 'organisation',
  channel: 'telefon',
  estimatedYearlyValue: null,
  diarienummer: '',
  responsibleNavigatorId: null,
  stage: 'inkommet',
  matches: [],
  searchWords: [],
  priorityAreaIds: [],
  unitId: null,
  handoff: null,
  handoffPath: '',
  outcome: null,
  receivedAt: stamp,
  closedAt: null,
  createdAt: stamp,
  updatedAt: stamp,
});

const call = (id: string, organisationId: string): CallEntity => ({
  id,
  organisationId,
  contactPersonId: null,
  inquiryId: null,
  navigatorId: null,
  occurredAt: stamp,
  direction: 'inkommande',
  durationMinutes: 5,
  outcome: 'talade_med',
  summary: `Samtal ${id}`,
  noteKind: 'tjansteanteckning',
  createdAt: stamp,
  updatedAt: stamp,
});

async function register(
  database: LotsbokDatabase,
  side: 'a' | 'b',
  extra: Partial<OrganisationEntity>,
) {
  const orgId = `org-${side}`;
  // Stored as the app stores them: with their index fields computed.
  await database.organisations.add(
    withDerivedFields('organisations', organisation(orgId, extra)) as OrganisationEntity,
  );
  await database.contactPersons.add(
    withDerivedFields('contactPersons', contact(`contact-${side}`, orgId)) as ContactPersonEntity,
  );
  await database.inquiries.add(
    withDerivedFields('inquiries', inquiry(`inquiry-${side}`, orgId)) as InquiryEntity,
  );
  await database.calls.add(call(`call-${side}`, orgId));
}

const byId = <T extends { id: string }>(rows: T[]) =>
  [...rows].sort((x, y) => x.id.localeCompare(y.id));

async function tablesOf(database: LotsbokDatabase) {
  return {
    organisations: byId(await database.organisations.toArray()),
    contactPersons: byId(await database.contactPersons.toArray()),
    inquiries: byId(await database.inquiries.toArray()),
    calls: byId(await database.calls.toArray()),
  };
}

test('the same organisation on both machines becomes one when the second navigator joins', async () => {
  const a = await machine('a');
  const b = await machine('b');
  await register(a, 'a', { phone: '031-11 22 33', phoneDigits: '031112233' });
  await register(b, 'b', { email: 'info@foreningenx.se', note: 'Från B' });

  const onA = await joinAs(a, 'anna');
  await onA.syncNow();
  const onB = await joinAs(b, 'bo');
  // Before the fix the pull page failed on the unique orgNumber index, every time.
  await onB.syncNow();
  expect(onB.getStatus().phase).toBe('synced');

  // B keeps A's organisation aside; everything else of the page is applied.
  const entries = await syncTables(b).conflicts.toArray();
  expect(entries).toHaveLength(1);
  const entry = entries[0];
  expect(entry?.key).toBe('organisations:org-a');
  expect(entry?.fields).toEqual([]);
  expect(entry?.duplicate?.localId).toBe('org-b');
  expect(entry?.duplicate?.incoming['phone']).toBe('031-11 22 33');
  expect(await b.organisations.get('org-a')).toBeUndefined();
  expect(await syncTables(b).meta.get('organisations:org-a')).toBeUndefined();
  expect((await b.calls.get('call-a'))?.organisationId).toBe('org-a');
  expect((await b.inquiries.get('inquiry-a'))?.organisationId).toBe('org-a');
  expect((await b.contactPersons.get('contact-a'))?.organisationId).toBe('org-a');
  // The checkpoint advanced: another round pulls nothing new and still fails nothing.
  await onB.syncNow();
  expect(await syncTables(b).conflicts.count()).toBe(1);

  // A, syncing before B merges, sees B's registration as a duplicate of its own in turn.
  await onA.syncNow();
  expect(onA.getStatus().phase).toBe('synced');
  expect((await syncTables(a).conflicts.toArray()).map((row) => row.duplicate?.localId)).toEqual([
    'org-a',
  ]);
  expect((await a.calls.get('call-b'))?.organisationId).toBe('org-b');

  if (!entry) throw new Error('no duplicate entry');
  await mergeDuplicateOrganisation(b, entry, 'navigator-bo');
  const merged = await b.organisations.toArray();
  expect(merged.map((row) => row.id)).toEqual(['org-a']);
  // The server's values stay; the fields it left empty take B's.
  expect(merged[0]?.phone).toBe('031-11 22 33');
  expect(merged[0]?.email).toBe('info@foreningenx.se');
  expect(merged[0]?.note).toBe('Från B');
  expect((await b.calls.toArray()).map((row) => row.organisationId)).toEqual(['org-a', 'org-a']);
  expect((await b.inquiries.toArray()).map((row) => row.organisationId)).toEqual([
    'org-a',
    'org-a',
  ]);
  // One primary contact: A's (the server organisation's).
  expect((await b.contactPersons.get('contact-b'))?.isPrimary).toBe(false);
  expect((await b.contactPersons.get('contact-a'))?.isPrimary).toBe(true);
  expect(await syncTables(b).conflicts.count()).toBe(0);

  await onB.syncNow();
  await onA.syncNow();
  // B's organisation was deleted on the server by the merge: A's duplicate entry goes with it.
  expect(await syncTables(a).conflicts.count()).toBe(0);
  expect(await syncTables(a).outbox.count()).toBe(0);
  expect(await syncTables(b).outbox.count()).toBe(0);

  const tablesA = await tablesOf(a);
  const tablesB = await tablesOf(b);
  expect(tablesA).toEqual(tablesB);
  expect(tablesA.organisations).toHaveLength(1);
  expect(tablesA.calls.map((row) => [row.id, row.organisationId])).toEqual([
    ['call-a', 'org-a'],
    ['call-b', 'org-a'],
  ]);
  expect(tablesA.contactPersons.map((row) => row.organisationId)).toEqual(['org-a', 'org-a']);

  for (const database of [a, b]) {
    const events = (await database.events.toArray()).filter((event) => event.kind === 'merged');
    expect(events).toHaveLength(1);
    expect(events[0]?.entityId).toBe('org-a');
    expect(events[0]?.navigatorId).toBe('navigator-bo');
    expect(events[0]?.changes).toContainEqual({ field: 'id', from: 'org-b', to: 'org-a' });
    expect(events[0]?.changes).toContainEqual({
      field: 'email',
      from: '',
      to: 'info@foreningenx.se',
    });
  }
}, 60_000);

describe('applying a page with organisation numbers that clash', () => {
  const change = (id: string, orgNumber: string | null, rev = '1-x') => ({
    kind: 'upsert' as const,
    table: 'organisations' as const,
    id,
    key: `organisations:${id}`,
    rev,
    data: withDerivedFields('organisations', organisation(id, { orgNumber })),
  });

  test('two server organisations with one number in the same page: the second waits', async () => {
    const database = await machine('page');
    const report = await applyIncoming(
      database,
      [change('org-1', '802005-1952'), change('org-2', '802005-1952'), change('org-3', null)],
      { checkpoint: '7-abc', at: stamp },
    );
    expect(report).toMatchObject({ applied: 2, duplicates: 1, conflicts: 0 });
    expect((await database.organisations.toArray()).map((row) => row.id)).toEqual([
      'org-1',
      'org-3',
    ]);
    const entry = await syncTables(database).conflicts.get('organisations:org-2');
    expect(entry?.duplicate).toMatchObject({ localId: 'org-1', rev: '1-x' });
    expect(await syncTables(database).state.get(CHECKPOINT_KEY)).toEqual({
      key: CHECKPOINT_KEY,
      value: '7-abc',
    });
  });

  test('a number freed by another change of the page is taken without a duplicate', async () => {
    const database = await machine('freed');
    await applyIncoming(database, [change('org-1', '802005-1952')], { at: stamp });
    const report = await applyIncoming(
      database,
      [change('org-1', '556000-0001', '2-y'), change('org-2', '802005-1952')],
      { at: stamp },
    );
    expect(report).toMatchObject({ applied: 2, duplicates: 0 });
    expect((await database.organisations.get('org-2'))?.orgNumber).toBe('802005-1952');
  });

  test('a newer revision of a waiting duplicate replaces it, and the merge applies that revision', async () => {
    const database = await machine('newer');
    await applyIncoming(database, [change('org-1', '802005-1952')], { at: stamp });
    await applyIncoming(database, [change('org-2', '802005-1952')], { at: stamp });
    await applyIncoming(database, [change('org-2', '802005-1952', '2-z')], { at: stamp });
    const entry = await syncTables(database).conflicts.get('organisations:org-2');
    expect(entry?.duplicate?.rev).toBe('2-z');
    if (!entry) throw new Error('no entry');
    await mergeDuplicateOrganisation(database, entry, null);
    expect((await database.organisations.toArray()).map((row) => row.id)).toEqual(['org-2']);
    expect(await syncTables(database).meta.get('organisations:org-2')).toEqual({
      key: 'organisations:org-2',
      rev: '2-z',
    });
  });
});

describe('organisations without a number and with one name', () => {
  test('are applied, listed as possible duplicates on both machines, and merged like the others', async () => {
    const a = await machine('sim-a');
    const b = await machine('sim-b');
    const same = { name: 'Läxhjälpen', orgNumber: null };
    await a.organisations.add(
      withDerivedFields('organisations', organisation('lax-a', same)) as OrganisationEntity,
    );
    await b.organisations.add(
      withDerivedFields(
        'organisations',
        organisation('lax-b', { ...same, phone: '031-99 88 77' }),
      ) as OrganisationEntity,
    );
    await a.calls.add(call('lax-call-a', 'lax-a'));
    await b.calls.add(call('lax-call-b', 'lax-b'));
    const onA = await joinAs(a, 'anna');
    await onA.syncNow();
    const onB = await joinAs(b, 'bo');
    await onB.syncNow();
    await onA.syncNow();

    // Nothing clashes: both organisations are on both machines, each listing the other's.
    for (const database of [a, b]) {
      const ids = (await database.organisations.toArray()).map((row) => row.id).sort();
      expect(ids.filter((id) => id.startsWith('lax-'))).toEqual(['lax-a', 'lax-b']);
    }
    const entryOnB = await syncTables(b).conflicts.get('organisations:lax-a');
    expect(entryOnB?.duplicate).toMatchObject({ localId: 'lax-b', similarName: true });
    const entryOnA = await syncTables(a).conflicts.get('organisations:lax-b');
    expect(entryOnA?.duplicate).toMatchObject({ localId: 'lax-a', similarName: true });
    // Pulled again, an organisation already here is not listed again.
    await syncTables(b).conflicts.clear();
    await onB.syncNow();
    expect(await syncTables(b).conflicts.count()).toBe(0);

    if (!entryOnB) throw new Error('no entry');
    await mergeDuplicateOrganisation(b, entryOnB, null);
    await onB.syncNow();
    await onA.syncNow();
    for (const database of [a, b]) {
      const laxes = (await database.organisations.toArray()).filter((row) =>
        row.id.startsWith('lax-'),
      );
      expect(laxes.map((row) => [row.id, row.phone])).toEqual([['lax-a', '031-99 88 77']]);
      const calls = (await database.calls.toArray()).filter((row) => row.id.startsWith('lax-'));
      expect(calls.map((row) => row.organisationId)).toEqual(['lax-a', 'lax-a']);
    }
    // On A, the possible duplicate went with B's deleted organisation.
    expect(await syncTables(a).conflicts.get('organisations:lax-b')).toBeUndefined();
  }, 60_000);

  test('a possible duplicate can be dismissed; a clash of numbers cannot', async () => {
    const database = await machine('dismiss');
    const entry = {
      key: 'organisations:x',
      table: 'organisations' as const,
      id: 'x',
      fields: [],
      detectedAt: stamp,
      duplicate: { localId: 'y', incoming: {}, rev: '1-a', similarName: true as const },
    };
    await syncTables(database).conflicts.put(entry);
    await expect(
      dismissDuplicate(database, {
        ...entry,
        duplicate: { localId: 'y', incoming: {}, rev: '1-a' },
      }),
    ).rejects.toThrow();
    await dismissDuplicate(database, entry);
    expect(await syncTables(database).conflicts.count()).toBe(0);
  });
});

test('a server organisation that gets the number of a local one later waits, and its newest version is merged', async () => {
  const database = await machine('later');
  const change = (id: string, orgNumber: string | null, rev: string, note = '') => ({
    kind: 'upsert' as const,
    table: 'organisations' as const,
    id,
    key: `organisations:${id}`,
    rev,
    data: withDerivedFields('organisations', organisation(id, { orgNumber, note })),
  });
  await applyIncoming(database, [change('server-org', null, '1-a')], { at: stamp });
  await database.organisations.add(
    withDerivedFields(
      'organisations',
      organisation('local-org', { name: 'Annat namn', orgNumber: '802005-1952' }),
    ) as OrganisationEntity,
  );
  await applyIncoming(database, [change('server-org', '802005-1952', '2-b', 'Nyast')], {
    at: stamp,
  });
  expect((await database.organisations.get('server-org'))?.orgNumber).toBeNull();
  const entry = await syncTables(database).conflicts.get('organisations:server-org');
  expect(entry?.duplicate?.localId).toBe('local-org');
  if (!entry) throw new Error('no entry');
  await mergeDuplicateOrganisation(database, entry, null);
  const merged = await database.organisations.toArray();
  expect(merged.map((row) => [row.id, row.orgNumber, row.note])).toEqual([
    ['server-org', '802005-1952', 'Nyast'],
  ]);
  expect(await syncTables(database).meta.get('organisations:server-org')).toEqual({
    key: 'organisations:server-org',
    rev: '2-b',
  });
});
