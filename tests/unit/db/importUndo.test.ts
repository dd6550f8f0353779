import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { logCall } from '@renderer/features/calls/data/callRepository';
import { db } from '@renderer/db/db';
import { commitImport } from '@renderer/features/imports/data/importRepository';
import { undoImport } from '@renderer/features/imports/data/importUndoRepository';
import { updateOrganisation } from '@renderer/features/organisations/data/organisationRepository';
import { isDomainError } from '@renderer/domain/domainError';
import { organisationToInput } from '@renderer/features/organisations/model/organisationInput';
import { resetClock, setClock } from '@renderer/lib/dates';
import { dryRunFile, importFixture } from '../../fixtures/import/importPipeline';
import { resetDatabase } from '../../fixtures/resetDatabase';

beforeEach(async () => {
  setClock(() => new Date('2026-11-22T13:00:00.000Z'));
  await resetDatabase();
});
afterEach(resetClock);

async function importMessy() {
  const { plan } = await dryRunFile(importFixture('messy-utf8-bom.csv'));
  return commitImport(plan, 'messy.csv', 'nav-1', () => undefined);
}

async function undoError(batchId: string): Promise<unknown> {
  return undoImport(batchId, 'nav-1').then(
    () => null,
    (error: unknown) => error,
  );
}

describe('undoing an import', () => {
  it('removes everything the import created, marks the batch and records the undo', async () => {
    const batch = await importMessy();
    setClock(() => new Date('2026-11-22T14:00:00.000Z'));
    await undoImport(batch.id, 'nav-1');
    expect(await db.organisations.count()).toBe(0);
    expect(await db.contactPersons.count()).toBe(0);
    expect(await db.inquiries.count()).toBe(0);
    expect(await db.importBatches.get(batch.id)).toMatchObject({
      status: 'undone',
      undoneAt: '2026-11-22T14:00:00.000Z',
    });
    const undoEvent = await db.events.filter((event) => event.entityId === batch.id).first();
    expect(undoEvent).toMatchObject({
      kind: 'deleted',
      entityType: 'dataset',
      summary: 'messy.csv',
    });
    const again = await undoError(batch.id);
    expect(isDomainError(again) && again.code).toBe('import.alreadyUndone');
  });

  it('is refused, naming the organisation, once a call has been logged on an imported one', async () => {
    const batch = await importMessy();
    const organisation = await db.organisations.where('orgNumber').equals('769601-2348').first();
    await logCall(
      {
        organisation: { kind: 'existing', id: organisation?.id ?? '' },
        contact: { kind: 'none' },
        direction: 'inkommande',
        occurredAt: '2026-11-22T12:50:00.000Z',
        durationMinutes: '5',
        outcome: 'talade_med',
        summary: 'Ringde om väveriet.',
        noteKind: 'tjansteanteckning',
        inquiry: { kind: 'none' },
        nextStep: '',
        dueDate: '',
        completesFollowUpId: null,
      },
      'nav-1',
    );
    const error = await undoError(batch.id);
    expect(isDomainError(error) && [error.code, error.params.name]).toEqual([
      'import.undoUsed',
      'Kooperativet Vävstugan',
    ]);
    expect(await db.organisations.count()).toBe(4);
    expect((await db.importBatches.get(batch.id))?.status).toBe('committed');
  });

  it('is refused when an imported organisation has been edited since', async () => {
    const batch = await importMessy();
    const organisation = await db.organisations.where('orgNumber').equals('802480-1238').first();
    if (!organisation) throw new Error('missing');
    setClock(() => new Date('2026-11-22T15:00:00.000Z'));
    await updateOrganisation(
      organisation.id,
      { ...organisationToInput(organisation), note: 'Ändrad efter importen' },
      null,
    );
    const error = await undoError(batch.id);
    expect(isDomainError(error) && error.code).toBe('import.undoChanged');
    expect(await db.organisations.count()).toBe(4);
  });
});
