import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@renderer/db/db';
import {
  createOrganisation,
  findSimilarOrganisations,
  setOrganisationArchived,
  updateOrganisation,
} from '@renderer/features/organisations/data/organisationRepository';
import { isDomainError } from '@renderer/domain/domainError';
import { organisationInput } from '../../fixtures/builders';
import { resetDatabase } from '../../fixtures/resetDatabase';

beforeEach(resetDatabase);

describe('organisationRepository', () => {
  it('creates an organisation with derived keys and a created event, in one write', async () => {
    const created = await createOrganisation(
      organisationInput({ name: 'Äldrekraft Örebro', phone: '019-12 34 56' }),
      'nav-1',
    );
    const stored = await db.organisations.get(created.id);
    expect(stored).toMatchObject({
      name: 'Äldrekraft Örebro',
      status: 'active',
      phoneDigits: '019123456',
      lastContactedAt: null,
    });
    expect(stored?.searchWords).toEqual(
      expect.arrayContaining(['äldrekraft', 'aldrekraft', 'örebro', 'orebro']),
    );
    const events = await db.events
      .where('[entityType+entityId+at]')
      .between(['organisation', created.id, ''], ['organisation', created.id, '\uffff'])
      .toArray();
    expect(events).toMatchObject([
      { kind: 'created', navigatorId: 'nav-1', organisationId: created.id },
    ]);
  });

  it('refuses a second organisation with the same number and writes nothing', async () => {
    const first = await createOrganisation(organisationInput({ orgNumber: '802005-1952' }), null);
    const error = await createOrganisation(
      organisationInput({ orgNumber: '8020051952' }),
      null,
    ).catch((e: unknown) => e);
    expect(isDomainError(error) && error.code).toBe('orgNumberTaken');
    expect(await db.organisations.count()).toBe(1);
    expect(await db.events.count()).toBe(1);
    expect(first.orgNumber).toBe('802005-1952');
  });

  it('refuses invalid input at the boundary', async () => {
    const error = await createOrganisation(
      { ...organisationInput(), orgNumber: '556016-0681' },
      null,
    ).catch((e: unknown) => e);
    expect(isDomainError(error) && error.params).toMatchObject({
      field: 'orgNumber',
      code: 'orgNumber.checksum',
    });
    expect(await db.organisations.count()).toBe(0);
  });

  it('records what changed on update, and nothing when nothing changed', async () => {
    const input = organisationInput({ name: 'Språkcaféet' });
    const created = await createOrganisation(input, null);
    await updateOrganisation(
      created.id,
      { ...input, name: 'Språkcaféet Angered', tags: 'språk' },
      'nav-2',
    );
    await updateOrganisation(
      created.id,
      { ...input, name: 'Språkcaféet Angered', tags: 'språk' },
      'nav-2',
    );
    const events = await db.events
      .where('[organisationId+at]')
      .between([created.id, ''], [created.id, '\uffff'])
      .toArray();
    expect(events.map((event) => event.kind)).toEqual(['created', 'updated']);
    expect(events[1]?.changes).toEqual([
      { field: 'name', from: 'Språkcaféet', to: 'Språkcaféet Angered' },
      { field: 'tags', from: [], to: ['språk'] },
    ]);
    expect((await db.organisations.get(created.id))?.nameKey).toBe('spr{kcafeet angered');
  });

  it('keeps its own number on update but refuses another organisation’s', async () => {
    const a = await createOrganisation(organisationInput({ orgNumber: '802005-1952' }), null);
    const bInput = organisationInput();
    const b = await createOrganisation(bInput, null);
    await expect(
      updateOrganisation(a.id, organisationInput({ name: a.name, orgNumber: '802005-1952' }), null),
    ).resolves.toBeTruthy();
    const error = await updateOrganisation(
      b.id,
      { ...bInput, orgNumber: '802005-1952' },
      null,
    ).catch((e: unknown) => e);
    expect(isDomainError(error) && error.code).toBe('orgNumberTaken');
  });

  it('archives and restores with events, never deleting', async () => {
    const created = await createOrganisation(organisationInput(), null);
    await setOrganisationArchived(created.id, true, null);
    expect((await db.organisations.get(created.id))?.status).toBe('archived');
    await setOrganisationArchived(created.id, false, null);
    expect((await db.organisations.get(created.id))?.status).toBe('active');
    const kinds = (await db.events.toArray()).map((event) => event.kind);
    expect(kinds).toEqual(expect.arrayContaining(['created', 'archived', 'restored']));
  });

  it('finds very similar names as likely duplicates', async () => {
    const existing = await createOrganisation(
      organisationInput({ name: 'Föreningen Läxhjälpen Angered' }),
      null,
    );
    await createOrganisation(organisationInput({ name: 'Föreningen Språkcafé Angered' }), null);
    const similar = await findSimilarOrganisations('Läxhjälpen i Angered');
    expect(similar.map((match) => match.id)).toEqual([existing.id]);
    expect(await findSimilarOrganisations('Läxhjälpen Angered', existing.id)).toEqual([]);
  });
});
