import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@renderer/db/db';
import { commitImport } from '@renderer/features/imports/data/importRepository';
import {
  createOrganisation,
  updateOrganisation,
} from '@renderer/features/organisations/data/organisationRepository';
import { isDomainError } from '@renderer/domain/domainError';
import { swedishSortKey } from '@renderer/domain/swedishText';
import { organisationInput } from '../../fixtures/builders';
import { dryRunFile, importFixture } from '../../fixtures/import/importPipeline';
import { resetDatabase } from '../../fixtures/resetDatabase';
import { resetClock, setClock } from '@renderer/lib/dates';

beforeEach(async () => {
  setClock(() => new Date('2026-11-22T13:00:00.000Z'));
  await resetDatabase();
});
afterEach(resetClock);

const noProgress = () => undefined;

describe('importing the messy sample file', () => {
  it('classifies every row with its reason in the dry run and writes nothing', async () => {
    const { plan } = await dryRunFile(importFixture('messy-utf8-bom.csv'));
    const byRow = new Map(plan.previews.map((row) => [row.number, row]));
    expect(plan.counts).toEqual({ created: 4, updated: 1, skipped: 1, rejected: 6 });
    expect(byRow.get(2)).toMatchObject({ status: 'new', action: 'create' });
    expect(byRow.get(6)?.problems).toEqual([
      { field: 'organisation.orgNumber', code: 'errors.orgNumber.checksum' },
    ]);
    expect(byRow.get(7)?.problems[0]?.code).toBe('imports.rowErrors.orgNumberIsPersonnummer');
    expect(byRow.get(8)?.problems[0]).toEqual({
      field: 'organisation.name',
      code: 'errors.nameRequired',
    });
    expect(byRow.get(9)).toMatchObject({
      status: 'duplicate',
      action: 'update',
      match: { source: 'file', by: 'orgNumber', row: 2 },
    });
    expect(byRow.get(10)).toMatchObject({
      status: 'duplicate',
      action: 'skip',
      match: { source: 'file', by: 'name', row: 2 },
    });
    expect(byRow.get(12)?.problems[0]?.code).toBe('errors.emailInvalid');
    expect(byRow.get(13)?.problems[0]).toEqual({
      field: 'inquiry.receivedAt',
      code: 'errors.dateInvalid',
    });
    expect(byRow.get(14)?.problems.map((p) => p.code)).toEqual([
      'imports.rowErrors.priorityAreaUnknown',
      'imports.rowErrors.stageNeedsMatch',
    ]);
    expect(await db.organisations.count()).toBe(0);
  });

  it('commits organisations, contacts and inquiries built like the app builds them', async () => {
    const { plan } = await dryRunFile(importFixture('messy-utf8-bom.csv'), { actorId: 'nav-1' });
    const batch = await commitImport(plan, 'messy.csv', 'nav-1', noProgress);

    expect(await db.organisations.count()).toBe(4);
    const laxhjalpen = await db.organisations.where('orgNumber').equals('802005-1952').first();
    expect(laxhjalpen).toMatchObject({
      name: 'Föreningen Läxhjälpen Angered',
      legalForm: 'ideell_forening',
      district: 'Angered',
      phoneDigits: '031123456',
      status: 'active',
      createdBy: 'nav-1',
      note: 'Träffas på tisdagar.\r\nRing efter 16; inte före.',
    });
    expect(laxhjalpen?.searchWords).toEqual(expect.arrayContaining(['läxhjälpen', 'laxhjalpen']));
    const people = await db.contactPersons
      .where('organisationId')
      .equals(laxhjalpen?.id ?? '')
      .toArray();
    expect(people.map((p) => [p.name, p.isPrimary]).sort()).toEqual([
      ['Anna Öberg', true],
      ['Karin Åberg', false],
    ]);
    const vavstugan = await db.organisations.where('orgNumber').equals('769601-2348').first();
    expect(vavstugan?.legalForm).toBe('ekonomisk_forening');
    const inquiry = await db.inquiries
      .where('organisationId')
      .equals(vavstugan?.id ?? '')
      .first();
    expect(inquiry).toMatchObject({
      title: 'Arbetsträning i väveri',
      stage: 'matchning',
      estimatedYearlyValue: 1_200_000,
      responsibleNavigatorId: 'nav-1',
    });
    expect(inquiry?.priorityAreaIds).toHaveLength(1);
    expect(new Date(inquiry?.receivedAt ?? '').getDate()).toBe(5);
    const angen = await db.organisations
      .where('nameKey')
      .equals(swedishSortKey('Stiftelsen Ängen'))
      .first();
    expect(angen?.legalForm).toBe('stiftelse');

    expect(batch.counts).toEqual(plan.counts);
    expect(batch.createdIds).toHaveLength(4 + 3 + 3);
    const imported = await db.events.filter((event) => event.kind === 'imported').count();
    expect(imported).toBe(4 + 3 + 3);
    expect(await db.importBatches.get(batch.id)).toMatchObject({ status: 'committed' });
  });
});

describe('duplicates against the database', () => {
  async function storedLaxhjalpen() {
    return createOrganisation(
      organisationInput({
        name: 'Föreningen Läxhjälpen Angered',
        orgNumber: '',
        phone: '08-111 111',
        email: '',
      }),
      'nav-1',
    );
  }

  it('skips rows of an organisation that exists, matched by name when it has no number', async () => {
    const stored = await storedLaxhjalpen();
    const { plan } = await dryRunFile(importFixture('messy-utf8-bom.csv'), { policy: 'skip' });
    const row2 = plan.previews.find((row) => row.number === 2);
    expect(row2).toMatchObject({
      status: 'duplicate',
      action: 'skip',
      match: { source: 'database', by: 'name', name: stored.name },
    });
    expect(plan.counts).toEqual({ created: 3, updated: 0, skipped: 3, rejected: 6 });
    await commitImport(plan, 'messy.csv', null, noProgress);
    expect(await db.organisations.get(stored.id)).toEqual(stored);
  });

  it('fills only empty fields, or overwrites with the file; undo restores the stored row', async () => {
    const stored = await storedLaxhjalpen();
    const fill = await dryRunFile(importFixture('messy-utf8-bom.csv'), { policy: 'fillEmpty' });
    const filled = fill.plan.updates[0]?.after;
    expect(filled).toMatchObject({
      id: stored.id,
      orgNumber: '802005-1952',
      phone: '08-111 111',
      email: 'anna@laxhjalpen.se',
    });

    const over = await dryRunFile(importFixture('messy-utf8-bom.csv'), { policy: 'overwrite' });
    expect(over.plan.updates).toHaveLength(1);
    expect(over.plan.updates[0]?.after).toMatchObject({
      phone: '031-99 88 77',
      phoneDigits: '031998877',
      email: 'karin@laxhjalpen.se',
      district: 'Angered',
    });
    const batch = await commitImport(over.plan, 'messy.csv', null, noProgress);
    expect((await db.organisations.get(stored.id))?.phone).toBe('031-99 88 77');
    expect(batch.previousRows).toEqual([{ table: 'organisations', row: stored }]);
    const { undoImport } = await import('@renderer/features/imports/data/importUndoRepository');
    await undoImport(batch.id, null);
    expect(await db.organisations.get(stored.id)).toEqual(stored);
    expect(await db.organisations.count()).toBe(1);
    expect(await db.contactPersons.count()).toBe(0);
  });
});

describe('all or nothing', () => {
  it('rolls back the whole import when a number is registered between dry run and commit', async () => {
    const { plan } = await dryRunFile(importFixture('messy-utf8-bom.csv'));
    await createOrganisation(
      organisationInput({
        name: 'Hann före',
        orgNumber: '769601-2348',
        legalForm: 'ekonomisk_forening',
      }),
      null,
    );
    await expect(commitImport(plan, 'messy.csv', null, noProgress)).rejects.toThrow();
    expect(await db.organisations.count()).toBe(1);
    expect(await db.contactPersons.count()).toBe(0);
    expect(await db.importBatches.count()).toBe(0);
    expect(await db.events.filter((event) => event.kind === 'imported').count()).toBe(0);
  });

  it('refuses to overwrite an organisation edited since the dry run', async () => {
    const stored = await createOrganisation(
      organisationInput({ name: 'Föreningen Läxhjälpen Angered', orgNumber: '' }),
      null,
    );
    const { plan } = await dryRunFile(importFixture('messy-utf8-bom.csv'));
    setClock(() => new Date('2026-11-22T13:05:00.000Z'));
    await updateOrganisation(
      stored.id,
      { ...organisationInput({ name: stored.name, orgNumber: '' }), note: 'Ny' },
      null,
    );
    const error: unknown = await commitImport(plan, 'messy.csv', null, noProgress).catch(
      (caught: unknown) => caught,
    );
    expect(isDomainError(error) && error.code).toBe('import.changedSinceDryRun');
    expect(await db.organisations.count()).toBe(1);
  });
});
