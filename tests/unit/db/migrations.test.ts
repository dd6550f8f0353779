import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LotsbokDatabase } from '@renderer/db/LotsbokDatabase';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5 } from '@renderer/db/schema';
import { syncTables } from '@renderer/sync/syncTables';

const NAME = 'lotsbok-migration-test';

afterEach(async () => {
  await Dexie.delete(NAME);
});

/** A database exactly as version 1 of the app wrote it. */
async function writeVersion1(): Promise<void> {
  const v1 = new Dexie(NAME);
  v1.version(1).stores(SCHEMA_V1);
  await v1.open();
  await v1
    .table('organisations')
    .add({ id: 'org-1', name: 'Läxhjälpen', nameKey: 'l|xhj|lpen', status: 'active' });
  await v1.table('inquiries').add({
    id: 'inq-1',
    organisationId: 'org-1',
    title: 'Läxhjälp för unga',
    targetGroup: 'Elever i årskurs 7–9',
    diarienummer: 'KS 2025/00012',
    stage: 'inkommet',
    priorityAreaIds: [],
    updatedAt: '2025-01-01T10:00:00.000Z',
  });
  v1.close();
}

describe('schema migrations', () => {
  it('v1 → v2 keeps every row and gives old inquiries their search words', async () => {
    await writeVersion1();
    const db = new LotsbokDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(6);
    expect(await db.organisations.get('org-1')).toMatchObject({ name: 'Läxhjälpen' });
    const inquiry = await db.inquiries.get('inq-1');
    expect(inquiry?.searchWords).toEqual(
      expect.arrayContaining(['läxhjälp', 'laxhjalp', 'elever', 'ks', '2025']),
    );
    expect(await db.inquiries.where('searchWords').startsWith('laxh').primaryKeys()).toEqual([
      'inq-1',
    ]);
    expect(await db.savedViews.count()).toBe(0);
    db.close();
  });

  it('v2 → v3 keeps every row and adds empty import, mapping and brief tables', async () => {
    const v2 = new Dexie(NAME);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    await v2.open();
    await v2.table('savedViews').add({ id: 'view-1', scope: 'inquiries', name: 'Mina öppna' });
    await v2.table('inquiries').add({ id: 'inq-2', organisationId: 'org-1', searchWords: ['iop'] });
    v2.close();

    const db = new LotsbokDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(6);
    expect(await db.savedViews.get('view-1')).toMatchObject({ name: 'Mina öppna' });
    expect(await db.inquiries.where('searchWords').equals('iop').primaryKeys()).toEqual(['inq-2']);
    expect(await db.importBatches.count()).toBe(0);
    expect(await db.importMappings.count()).toBe(0);
    expect(await db.briefs.where('kind').equals('organisation').count()).toBe(0);
    db.close();
  });

  it('v3 → v4 keeps every call and finds it by direction and by outcome', async () => {
    const v3 = new Dexie(NAME);
    v3.version(1).stores(SCHEMA_V1);
    v3.version(2).stores(SCHEMA_V2);
    v3.version(3).stores(SCHEMA_V3);
    await v3.open();
    await v3.table('calls').add({
      id: 'call-1',
      organisationId: 'org-1',
      navigatorId: 'nav-1',
      direction: 'utgaende',
      outcome: 'inget_svar',
      occurredAt: '2026-03-05T09:00:00.000Z',
      summary: 'Ringde om IOP.',
    });
    v3.close();

    const db = new LotsbokDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(6);
    expect(await db.calls.get('call-1')).toMatchObject({ summary: 'Ringde om IOP.' });
    const range = (value: string) =>
      [
        [value, '2026-01-01T00:00:00.000Z'],
        [value, '2026-12-31T23:59:59.999Z'],
      ] as const;
    expect(
      await db.calls
        .where('[direction+occurredAt]')
        .between(...range('utgaende'))
        .primaryKeys(),
    ).toEqual(['call-1']);
    expect(
      await db.calls
        .where('[outcome+occurredAt]')
        .between(...range('inget_svar'))
        .primaryKeys(),
    ).toEqual(['call-1']);
    db.close();
  });

  it('v4 → v5 keeps every inquiry and finds it by its decision and signing dates', async () => {
    const v4 = new Dexie(NAME);
    v4.version(1).stores(SCHEMA_V1);
    v4.version(2).stores(SCHEMA_V2);
    v4.version(3).stores(SCHEMA_V3);
    v4.version(4).stores(SCHEMA_V4);
    await v4.open();
    await v4.table('inquiries').bulkAdd([
      {
        id: 'inq-signed',
        organisationId: 'org-1',
        searchWords: [],
        handoff: { path: 'iop', decidedAt: '2026-02-10' },
        outcome: { kind: 'avtal_tecknat', signedAt: '2026-03-02' },
      },
      { id: 'inq-open', organisationId: 'org-1', searchWords: [], handoff: null, outcome: null },
    ]);
    v4.close();

    const db = new LotsbokDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(6);
    expect(await db.inquiries.count()).toBe(2);
    const inMarch = db.inquiries.where('outcome.signedAt').between('2026-03-01', '2026-03-31');
    expect(await inMarch.primaryKeys()).toEqual(['inq-signed']);
    expect(await db.inquiries.where('handoff.decidedAt').above('').primaryKeys()).toEqual([
      'inq-signed',
    ]);
    db.close();
  });

  it('v5 → v6 keeps every row, adds empty replication tables and tracks nothing until a team is joined', async () => {
    const v5 = new Dexie(NAME);
    v5.version(1).stores(SCHEMA_V1);
    v5.version(2).stores(SCHEMA_V2);
    v5.version(3).stores(SCHEMA_V3);
    v5.version(4).stores(SCHEMA_V4);
    v5.version(5).stores(SCHEMA_V5);
    await v5.open();
    await v5.table('organisations').add({ id: 'org-1', name: 'Läxhjälpen', status: 'active' });
    v5.close();

    const db = new LotsbokDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(6);
    expect(await db.organisations.get('org-1')).toMatchObject({ name: 'Läxhjälpen' });
    await db.organisations.update('org-1', { name: 'Läxhjälpen i Väst' });
    const sync = syncTables(db);
    expect(await sync.outbox.count()).toBe(0);
    expect(await sync.state.count()).toBe(0);
    db.close();
  });
});
