import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@renderer/db/db';
import {
  contactPersonsOf,
  createContactPerson,
  setContactPersonArchived,
  updateContactPerson,
} from '@renderer/features/contacts/data/contactPersonRepository';
import { createOrganisation } from '@renderer/features/organisations/data/organisationRepository';
import { EMPTY_CONTACT_PERSON_INPUT } from '@renderer/features/contacts/model/contactPersonInput';
import { organisationInput } from '../../fixtures/builders';
import { resetDatabase } from '../../fixtures/resetDatabase';

beforeEach(resetDatabase);

const person = (name: string, isPrimary = false) => ({
  ...EMPTY_CONTACT_PERSON_INPUT,
  name,
  isPrimary,
});

describe('contactPersonRepository', () => {
  it('makes the first person the main contact and keeps exactly one', async () => {
    const org = await createOrganisation(organisationInput(), null);
    const anna = await createContactPerson(org.id, person('Anna Åberg'), null);
    expect(anna.isPrimary).toBe(true);
    const bo = await createContactPerson(org.id, person('Bo Ek', true), null);
    await createContactPerson(org.id, person('Cilla Öst'), null);
    const people = await contactPersonsOf(org.id);
    expect(people.filter((p) => p.isPrimary).map((p) => p.id)).toEqual([bo.id]);
    expect(people.map((p) => p.name)).toEqual(['Bo Ek', 'Anna Åberg', 'Cilla Öst']);
  });

  it('switching the main contact demotes the previous one', async () => {
    const org = await createOrganisation(organisationInput(), null);
    const anna = await createContactPerson(org.id, person('Anna'), null);
    const bo = await createContactPerson(org.id, person('Bo'), null);
    await updateContactPerson(bo.id, { ...person('Bo'), isPrimary: true }, null);
    expect((await db.contactPersons.get(anna.id))?.isPrimary).toBe(false);
    expect((await db.contactPersons.get(bo.id))?.isPrimary).toBe(true);
  });

  it('archiving removes the main-contact mark and records an event', async () => {
    const org = await createOrganisation(organisationInput(), null);
    const anna = await createContactPerson(org.id, person('Anna'), 'nav');
    await setContactPersonArchived(anna.id, true, 'nav');
    expect(await db.contactPersons.get(anna.id)).toMatchObject({
      status: 'archived',
      isPrimary: false,
    });
    const kinds = (await db.events.filter((e) => e.entityId === anna.id).toArray()).map(
      (e) => e.kind,
    );
    expect(kinds.sort()).toEqual(['archived', 'created']);
  });

  it('never makes an archived person the main contact, and counts only active people', async () => {
    const org = await createOrganisation(organisationInput(), null);
    const anna = await createContactPerson(org.id, person('Anna'), null);
    await setContactPersonArchived(anna.id, true, null);
    await updateContactPerson(anna.id, person('Anna', true), null);
    expect((await db.contactPersons.get(anna.id))?.isPrimary).toBe(false);
    const bo = await createContactPerson(org.id, person('Bo'), null);
    expect(bo.isPrimary).toBe(true);
  });

  it('refuses a person for a missing organisation', async () => {
    await expect(createContactPerson('nope', person('X'), null)).rejects.toMatchObject({
      code: 'notFound',
    });
  });
});
