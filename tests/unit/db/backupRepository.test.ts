import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  backupTableSpecs,
  createBackupText,
  currentSchemaVersion,
  restoreBackup,
  RestoreInTeamError,
  type BackupProgress,
} from '@renderer/features/backup/data/backupRepository';
import { db } from '@renderer/db/db';
import { loadDataset } from '@renderer/exampleData/seedRepository';
import type { Backup } from '@renderer/features/backup/model/backupFormat';
import { parseBackup } from '@renderer/features/backup/model/parseBackup';
import { resetClock, setClock } from '@renderer/lib/dates';
import { resetDatabase } from '../../fixtures/resetDatabase';
import { SYNC_BOOKKEEPING_TABLES } from '@renderer/db/schema';
import { syncTables } from '@renderer/sync/syncTables';

beforeEach(async () => {
  setClock(() => new Date('2026-11-22T13:00:00.000Z'));
  await resetDatabase();
});
afterEach(resetClock);

async function backupNow(onProgress?: (progress: BackupProgress) => void): Promise<Backup> {
  const { text } = await createBackupText('0.1.0', onProgress);
  const parsed = parseBackup(text, {
    schemaVersion: currentSchemaVersion(),
    tables: backupTableSpecs(),
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  return parsed.backup;
}

const dump = async (): Promise<Record<string, unknown[]>> =>
  Object.fromEntries(
    await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()])),
  );

describe('createBackupText', () => {
  it('describes itself: format, versions, time and a count per table', async () => {
    const backup = await backupNow();
    expect(backup).toMatchObject({
      format: 'lotsbok-backup',
      formatVersion: 1,
      schemaVersion: db.verno,
      appVersion: '0.1.0',
      createdAt: '2026-11-22T13:00:00.000Z',
    });
    expect(Object.keys(backup.counts)).toEqual(
      db.tables
        .map((table) => table.name)
        .filter((name) => !SYNC_BOOKKEEPING_TABLES.includes(name)),
    );
    expect(backup.counts.priorityAreas).toBe(4);
  });

  it('reads a table larger than one page completely, in key order, with progress to the total', async () => {
    const drafts = Array.from({ length: 4_321 }, (_, index) => ({
      key: `utkast-${String(index).padStart(5, '0')}`,
      value: { text: `Anteckning ${index}` },
      updatedAt: '2026-11-22T12:00:00.000Z',
    }));
    await db.drafts.bulkAdd(drafts);
    const progress: BackupProgress[] = [];

    const backup = await backupNow((step) => progress.push(step));

    expect(backup.tables.drafts).toEqual(drafts);
    const total = 4_321 + 4;
    expect(progress[0]).toEqual({ done: 0, total });
    expect(progress.at(-1)).toEqual({ done: total, total });
    expect(progress.length).toBeGreaterThan(3);
  });
});

describe('restoreBackup', () => {
  it('brings back the example data set exactly', async () => {
    await loadDataset('exempel', null, () => undefined);
    const before = await dump();
    const backup = await backupNow();
    await db.calls.clear();
    await db.organisations.update((await db.organisations.toCollection().first())?.id ?? '', {
      name: 'Ändrad',
    });

    const eventId = await restoreBackup(backup, { actorId: 'nav-1', source: 'kopia.json' });

    expect(await db.events.get(eventId)).toMatchObject({
      entityType: 'dataset',
      kind: 'restored',
      navigatorId: 'nav-1',
      summary: 'kopia.json (2026-11-22T13:00:00.000Z)',
    });
    await db.events.delete(eventId);
    const after = await dump();
    expect(after).toEqual(before);
  }, 30_000);

  it('changes nothing when IndexedDB refuses a row (all or nothing)', async () => {
    await db.organisations.add({
      id: 'kvar',
      name: 'Föreningen Kvar',
      orgNumber: '802005-1952',
    } as never);
    const before = await dump();
    const backup = await backupNow();
    // Two organisations with the same organisation number break the unique index mid-restore.
    backup.tables.organisations = [
      { id: 'a', name: 'A', orgNumber: '556016-0680' },
      { id: 'b', name: 'B', orgNumber: '556016-0680' },
    ];
    backup.counts.organisations = 2;

    await expect(restoreBackup(backup, { actorId: null, source: 'trasig.json' })).rejects.toThrow();
    expect(await dump()).toEqual(before);
  });

  it('gives inquiries from a version 1 backup their search words', async () => {
    const backup = await backupNow();
    backup.schemaVersion = 1;
    backup.tables.inquiries = [
      {
        id: 'inq-1',
        organisationId: 'o',
        title: 'Läxhjälp för unga',
        targetGroup: 'Elever',
        diarienummer: '',
      },
    ];
    backup.counts.inquiries = 1;

    await restoreBackup(backup, { actorId: null, source: 'gammal.json' });

    const inquiry = await db.inquiries.get('inq-1');
    expect(inquiry?.searchWords).toEqual(expect.arrayContaining(['laxhjalp', 'unga']));
  });

  it('leaves replication bookkeeping out and refuses to restore on a machine in a team', async () => {
    await syncTables(db).meta.put({ key: 'organisations:x', rev: '1-abc' });
    const backup = await backupNow();
    expect(backup.tables).not.toHaveProperty('syncMeta');

    await syncTables(db).state.put({ key: 'team', value: { team: 'vast' } });
    const before = await dump();
    await expect(restoreBackup(backup, { actorId: null, source: 'a.json' })).rejects.toThrow(
      RestoreInTeamError,
    );
    expect(await dump()).toEqual(before);
  });
});
