import { beforeEach, describe, expect, it } from 'vitest';
import { createContactPerson } from '@renderer/features/contacts/data/contactPersonRepository';
import { db } from '@renderer/db/db';
import { readEverything, readWholeTable } from '@renderer/features/exports/data/exportAll';
import { createOrganisation } from '@renderer/features/organisations/data/organisationRepository';
import { EMPTY_CONTACT_PERSON_INPUT } from '@renderer/features/contacts/model/contactPersonInput';
import { organisationInput } from '../../fixtures/builders';
import { addInquiry } from '../../fixtures/inquiryBuilder';
import { resetDatabase } from '../../fixtures/resetDatabase';

beforeEach(resetDatabase);

describe('readEverything', () => {
  it('reads every table, organisations by name, with names for the ids, reporting progress', async () => {
    const orebro = await createOrganisation(organisationInput({ name: 'Örebro Idrott' }), null);
    const alfa = await createOrganisation(organisationInput({ name: 'Alfa Kultur' }), null);
    const contact = await createContactPerson(
      alfa.id,
      { ...EMPTY_CONTACT_PERSON_INPUT, name: 'Eva Ek' },
      null,
    );
    await addInquiry(orebro.id, { title: 'Simskola' });
    await db.calls.add({
      id: 'call-1',
      organisationId: alfa.id,
      contactPersonId: contact.id,
      inquiryId: null,
      navigatorId: null,
      occurredAt: '2026-11-20T09:00:00.000Z',
      direction: 'utgaende',
      durationMinutes: 3,
      outcome: 'inget_svar',
      summary: '',
      noteKind: 'minnesanteckning',
      createdAt: '',
      updatedAt: '',
    });
    const progress: string[] = [];
    const data = await readEverything((table, done, total) =>
      progress.push(`${table} ${done}/${total}`),
    );
    expect(data.organisations.map((row) => row.name)).toEqual(['Alfa Kultur', 'Örebro Idrott']);
    expect(data.contactPersons.map((row) => [row.name, row.organisationName])).toEqual([
      ['Eva Ek', 'Alfa Kultur'],
    ]);
    expect(data.inquiries.map((row) => [row.title, row.organisationName])).toEqual([
      ['Simskola', 'Örebro Idrott'],
    ]);
    expect(data.calls.map((row) => [row.organisationName, row.contactName])).toEqual([
      ['Alfa Kultur', 'Eva Ek'],
    ]);
    expect(data.followUps).toEqual([]);
    expect(progress).toContain('organisations 2/2');
    expect(progress).toContain('calls 1/1');
    expect(progress).toContain('followUps 0/0');
  });

  it('reads a table in slices of primary keys, every row, sorted by the given field', async () => {
    const names = ['Östra IF', 'Alfa', 'Ängby', 'Bmx-klubben', 'Zeta', 'Åsa kör', 'Cirkus'];
    for (const name of names) await createOrganisation(organisationInput({ name }), null);
    const progress: string[] = [];
    const rows = await readWholeTable(
      db.organisations,
      (row) => row.nameKey,
      (done, total) => progress.push(`${done}/${total}`),
      undefined,
      3,
    );
    // Swedish order: å, ä, ö after z, as the register sorts.
    expect(rows.map((row) => row.name)).toEqual([
      'Alfa',
      'Bmx-klubben',
      'Cirkus',
      'Zeta',
      'Åsa kör',
      'Ängby',
      'Östra IF',
    ]);
    expect(progress).toEqual(['0/7', '3/7', '6/7', '7/7']);
  });

  it('stops between slices when the export is cancelled', async () => {
    for (const name of ['A', 'B', 'C', 'D'])
      await createOrganisation(organisationInput({ name }), null);
    const controller = new AbortController();
    const read = readWholeTable(
      db.organisations,
      (row) => row.nameKey,
      (done) => {
        if (done === 2) controller.abort();
      },
      controller.signal,
      2,
    );
    await expect(read).rejects.toThrow();
    await expect(readEverything(() => undefined, controller.signal)).rejects.toThrow();
  });
});
