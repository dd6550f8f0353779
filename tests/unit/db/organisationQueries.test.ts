import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@renderer/db/db';
import {
  DEFAULT_ORGANISATION_QUERY,
  queryOrganisationIds,
  type OrganisationListQuery,
} from '@renderer/features/organisations/data/organisationQueries';
import {
  createOrganisation,
  setOrganisationArchived,
} from '@renderer/features/organisations/data/organisationRepository';
import { organisationInput } from '../../fixtures/builders';
import { resetDatabase } from '../../fixtures/resetDatabase';

beforeEach(resetDatabase);

async function names(patch: Partial<OrganisationListQuery>): Promise<string[]> {
  const ids = await queryOrganisationIds({ ...DEFAULT_ORGANISATION_QUERY, ...patch });
  const rows = await db.organisations.bulkGet(ids);
  return rows.map((row) => row?.name ?? '?');
}

async function seed() {
  const make = (name: string, extra: Parameters<typeof organisationInput>[0] = {}) =>
    createOrganisation(organisationInput({ name, ...extra }), null);
  const orebro = await make('Örebro Läxhjälp', { tags: 'unga' });
  await make('Åkerby Cykelkooperativ', {
    legalForm: 'ej_registrerad',
    orgNumber: '',
    tags: 'cykel',
  });
  const zeta = await make('Zeta Idrottsförening', {
    tags: 'idrott, unga',
    ideaRegistration: 'yes',
    phone: '031-12 34 56',
  });
  await make('Ängens Mötesplats');
  await make('Alfa Språkcafé', { orgNumber: '802005-1952' });
  const archived = await make('Arkiverade föreningen');
  await setOrganisationArchived(archived.id, true, null);
  await db.organisations.update(orebro.id, { lastContactedAt: '2026-10-01T10:00:00.000Z' });
  await db.organisations.update(zeta.id, { lastContactedAt: '2026-11-01T10:00:00.000Z' });
}

describe('queryOrganisationIds', () => {
  beforeEach(seed);

  it('sorts by name in Swedish order, Å Ä Ö after Z, archived left out', async () => {
    expect(await names({})).toEqual([
      'Alfa Språkcafé',
      'Zeta Idrottsförening',
      'Åkerby Cykelkooperativ',
      'Ängens Mötesplats',
      'Örebro Läxhjälp',
    ]);
    expect((await names({ direction: 'desc' }))[0]).toBe('Örebro Läxhjälp');
  });

  it('sorts by last contacted, never-contacted last when newest first', async () => {
    const list = await names({ sort: 'lastContacted', direction: 'desc' });
    expect(list.slice(0, 2)).toEqual(['Zeta Idrottsförening', 'Örebro Läxhjälp']);
    expect(list).toHaveLength(5);
    expect((await names({ sort: 'lastContacted', direction: 'asc' })).slice(-2)).toEqual([
      'Örebro Läxhjälp',
      'Zeta Idrottsförening',
    ]);
  });

  it('filters by legal form, tag, registration and status', async () => {
    expect(await names({ legalForm: 'ej_registrerad' })).toEqual(['Åkerby Cykelkooperativ']);
    expect(await names({ tag: 'unga' })).toEqual(['Zeta Idrottsförening', 'Örebro Läxhjälp']);
    expect(await names({ tag: 'unga', ideaRegistration: 'yes' })).toEqual(['Zeta Idrottsförening']);
    expect(await names({ status: 'archived' })).toEqual(['Arkiverade föreningen']);
  });

  it('searches word prefixes; "a" also finds å and ä, and numbers find org number and phone', async () => {
    expect(await names({ text: 'läx' })).toEqual(['Örebro Läxhjälp']);
    expect(await names({ text: 'ORE' })).toEqual(['Örebro Läxhjälp']);
    expect(await names({ text: 'ak' })).toEqual(['Åkerby Cykelkooperativ']);
    expect(await names({ text: 'å' })).toEqual(['Åkerby Cykelkooperativ']);
    expect(await names({ text: 'zeta idrott' })).toEqual(['Zeta Idrottsförening']);
    expect(await names({ text: '8020051952' })).toEqual(['Alfa Språkcafé']);
    expect(await names({ text: '802005-19' })).toEqual(['Alfa Språkcafé']);
    expect(await names({ text: '031 123' })).toEqual(['Zeta Idrottsförening']);
    expect(await names({ text: 'finnsinte' })).toEqual([]);
  });
});

describe('the in-memory path for narrow text searches', () => {
  it('gives exactly the order of the index path, for every sort and direction', async () => {
    const make = (name: string) => createOrganisation(organisationInput({ name }), null);
    for (const name of ['Zeta Ek', 'Åby Ek', 'Alfa Ek', 'Ängen Ek', 'Beta Ek', 'Öster Ek'])
      await make(name);
    const all = await db.organisations.toArray();
    for (const [index, row] of all.entries()) {
      if (index % 2 === 0)
        await db.organisations.update(row.id, {
          lastContactedAt: `2026-0${(index % 9) + 1}-01T00:00:00.000Z`,
        });
    }
    for (const sort of ['name', 'lastContacted', 'created'] as const) {
      for (const direction of ['asc', 'desc'] as const) {
        const query = { ...DEFAULT_ORGANISATION_QUERY, sort, direction };
        const everything = await queryOrganisationIds(query);
        const withText = await queryOrganisationIds({ ...query, text: 'ek' });
        const ekIds = new Set(
          (await db.organisations.where('searchWords').equals('ek').primaryKeys()) as string[],
        );
        expect(withText).toEqual(everything.filter((id) => ekIds.has(id)));
      }
    }
  });
});
