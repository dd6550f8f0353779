import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@renderer/db/db';
import { commitImport } from '@renderer/features/imports/data/importRepository';
import { withCheckDigit } from '@renderer/domain/orgNumber';
import { resetClock, setClock } from '@renderer/lib/dates';
import { dryRunFile, importFixture } from '../../fixtures/import/importPipeline';
import { resetDatabase } from '../../fixtures/resetDatabase';

beforeEach(async () => {
  setClock(() => new Date('2026-11-22T13:00:00.000Z'));
  await resetDatabase();
});
afterEach(resetClock);

describe('importing other kinds of files', () => {
  it('imports a Windows-1252 file with å ä ö intact', async () => {
    const { plan } = await dryRunFile(importFixture('windows-1252.csv'));
    await commitImport(plan, 'ansi.csv', null, () => undefined);
    const names = (await db.organisations.toArray()).map((org) => org.name).sort();
    expect(names).toEqual(['Föreningen Ängsbacken', 'Åsa Ödmans Förening']);
    const people = (await db.contactPersons.toArray()).map((person) => person.name).sort();
    expect(people).toEqual(['Åsa Ödman', 'Örjan Ärlig']);
    expect(
      (await db.organisations.where('orgNumber').equals('802005-1952').first())?.address.city,
    ).toBe('Göteborg');
  });

  it('imports a file that lacks most columns: only what is there is filled', async () => {
    const { plan } = await dryRunFile(importFixture('missing-columns.csv'));
    expect(plan.counts).toEqual({ created: 2, updated: 0, skipped: 0, rejected: 0 });
    // No number and no form column: the form is "annan" (other), as the call dialog does.
    expect(plan.organisations.map((org) => [org.name, org.legalForm, org.phone])).toEqual([
      ['Endast Namn', 'annan', ''],
      ['Utan Telefon', 'annan', '031-11 22 33'],
    ]);
  });

  it('imports a 10 000-row file in one transaction, duplicates and errors included', async () => {
    const lines = ['Organisation;Org.nr;Kontaktperson;E-post;Område'];
    for (let i = 0; i < 10_000; i++) {
      const number = withCheckDigit(`8020${String(10_000 + i).slice(-5)}`);
      lines.push(`Förening nr ${i};${number};Person ${i};p${i}@exempel.se;Område ${i % 7}`);
    }
    // The last rows repeat an earlier number and carry a broken one.
    lines[9_999] = `Förening nr 5;${withCheckDigit('802010005')};Ny Person;;`;
    lines[10_000] = 'Trasig förening;556016-0681;;;';
    const bytes = new TextEncoder().encode(lines.join('\r\n'));
    let lastProgress = 0;
    const { plan } = await dryRunFile(bytes);
    expect(plan.counts).toEqual({ created: 9_998, updated: 1, skipped: 0, rejected: 1 });
    await commitImport(plan, 'stor.csv', null, ({ done }) => {
      lastProgress = done;
    });
    expect(await db.organisations.count()).toBe(9_998);
    expect(await db.contactPersons.count()).toBe(9_999);
    expect(lastProgress).toBeGreaterThan(20_000);
  }, 120_000);
});
