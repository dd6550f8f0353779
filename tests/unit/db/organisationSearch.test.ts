import { beforeEach, describe, expect, it } from 'vitest';
import { createContactPerson } from '@renderer/features/contacts/data/contactPersonRepository';
import {
  createOrganisation,
  setOrganisationArchived,
} from '@renderer/features/organisations/data/organisationRepository';
import { searchOrganisations } from '@renderer/features/organisations/data/organisationSearch';
import { EMPTY_CONTACT_PERSON_INPUT } from '@renderer/features/contacts/model/contactPersonInput';
import { organisationInput } from '../../fixtures/builders';
import { resetDatabase } from '../../fixtures/resetDatabase';

beforeEach(resetDatabase);

const names = async (text: string) =>
  (await searchOrganisations(text)).map((organisation) => organisation.name);

describe('searchOrganisations', () => {
  beforeEach(async () => {
    await createOrganisation(organisationInput({ name: 'Ängens mötesplats' }), null);
    await createOrganisation(
      organisationInput({ name: 'Angereds cykelkooperativ', phone: '031-33 44 55' }),
      null,
    );
    await createOrganisation(organisationInput({ name: 'Åsa kvinnojour' }), null);
    await createOrganisation(
      organisationInput({ name: 'Stiftelsen Anhöriga', orgNumber: '802005-1952' }),
      null,
    );
    const archived = await createOrganisation(
      organisationInput({ name: 'Angered gamla förening' }),
      null,
    );
    await setOrganisationArchived(archived.id, true, null);
  });

  it('"a" finds å and ä too, exact letters first, archived left out', async () => {
    expect(await names('an')).toEqual([
      'Angereds cykelkooperativ',
      'Stiftelsen Anhöriga',
      'Ängens mötesplats',
    ]);
    expect(await names('än')).toEqual(['Ängens mötesplats']);
    expect(await names('ÅSA')).toEqual(['Åsa kvinnojour']);
  });

  it('matches every word as a prefix', async () => {
    expect(await names('ang cyk')).toEqual(['Angereds cykelkooperativ']);
    expect(await names('ang jour')).toEqual([]);
  });

  it('finds by organisationsnummer, with or without dash, and by phone of the organisation or a person', async () => {
    expect(await names('8020051952')).toEqual(['Stiftelsen Anhöriga']);
    expect(await names('802005-19')).toEqual(['Stiftelsen Anhöriga']);
    expect(await names('031-334')).toEqual(['Angereds cykelkooperativ']);
    const [jour] = await searchOrganisations('åsa');
    await createContactPerson(
      jour!.id,
      { ...EMPTY_CONTACT_PERSON_INPUT, name: 'Lena', phone: '070-999 88 77' },
      null,
    );
    expect(await names('0709998')).toEqual(['Åsa kvinnojour']);
  });

  it('returns nothing for an empty query', async () => {
    expect(await names('  ')).toEqual([]);
  });
});
