import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@renderer/db/db';
import {
  createUnit,
  listUnits,
  setUnitActive,
  updateUnit,
} from '@renderer/features/settings/data/unitRepository';
import { EMPTY_UNIT_INPUT } from '@renderer/features/settings/model/unitInput';
import { resetDatabase } from '../../fixtures/resetDatabase';

beforeEach(resetDatabase);

const unit = (name: string, patch: Partial<typeof EMPTY_UNIT_INPUT> = {}) => ({
  ...EMPTY_UNIT_INPUT,
  name,
  ...patch,
});

const eventsOf = (entityId: string) =>
  db.events
    .where('[entityType+entityId+at]')
    .between(['unit', entityId, ''], ['unit', entityId, '\uffff'])
    .toArray();

describe('unitRepository', () => {
  it('lists units in Swedish order (Å Ä Ö after Z)', async () => {
    for (const name of ['Äldreomsorg', 'Arbetsmarknad', 'Öppen förskola', 'Fritid', 'Ungdom']) {
      await createUnit(unit(name), null);
    }
    expect((await listUnits()).map((u) => u.name)).toEqual([
      'Arbetsmarknad',
      'Fritid',
      'Ungdom',
      'Äldreomsorg',
      'Öppen förskola',
    ]);
  });

  it('adds a unit with its contact, lowercasing the e-mail, and records the event', async () => {
    const created = await createUnit(
      unit(' Äldreomsorg ', {
        contactName: 'Karin Berg',
        contactEmail: 'Karin.Berg@Goteborg.se',
        contactPhone: '031-365 00 00',
      }),
      'nav-1',
    );
    expect(created).toMatchObject({
      name: 'Äldreomsorg',
      contactEmail: 'karin.berg@goteborg.se',
      isActive: true,
    });
    expect(await eventsOf(created.id)).toMatchObject([
      { kind: 'created', navigatorId: 'nav-1', summary: 'Äldreomsorg' },
    ]);
  });

  it.each([
    [unit(''), 'nameRequired', 'name'],
    [unit('x'.repeat(81)), 'nameTooLong', 'name'],
    [unit('Fritid', { contactEmail: 'inte-en-adress' }), 'emailInvalid', 'contactEmail'],
    [unit('Fritid', { contactPhone: 'ring mig' }), 'phoneInvalid', 'contactPhone'],
    [unit('Fritid', { contactName: 'n'.repeat(121) }), 'tooLong', 'contactName'],
  ])('refuses %j with %s', async (input, code, field) => {
    await expect(createUnit(input, null)).rejects.toMatchObject({ code, params: { field } });
    expect(await db.units.count()).toBe(0);
  });

  it('refuses a second unit with the same name, ignoring case', async () => {
    await createUnit(unit('Fritid'), null);
    await expect(createUnit(unit('FRITID'), null)).rejects.toMatchObject({
      code: 'unitNameTaken',
      params: { name: 'Fritid' },
    });
  });

  it('records the changed fields on update, and nothing when nothing changed', async () => {
    const created = await createUnit(unit('Fritid'), null);
    await updateUnit(created.id, unit('Fritid', { contactName: 'Per Holm' }), 'nav-1');
    await updateUnit(created.id, unit('Fritid', { contactName: 'Per Holm' }), 'nav-1');
    const updates = (await eventsOf(created.id)).filter((event) => event.kind === 'updated');
    expect(updates).toHaveLength(1);
    expect(updates[0]?.changes).toEqual([{ field: 'contactName', from: '', to: 'Per Holm' }]);
    await expect(updateUnit('nope', unit('X'), null)).rejects.toMatchObject({ code: 'notFound' });
  });

  it('deactivates and activates, never deletes', async () => {
    const created = await createUnit(unit('Fritid'), null);
    await setUnitActive(created.id, false, 'nav-1');
    await setUnitActive(created.id, false, 'nav-1');
    expect(await db.units.get(created.id)).toMatchObject({ isActive: false });
    await setUnitActive(created.id, true, 'nav-1');
    const changes = (await eventsOf(created.id))
      .filter((event) => event.kind === 'updated')
      .map((event) => event.changes[0]);
    // Both events may share a millisecond, so their order is not asserted.
    expect(changes).toHaveLength(2);
    expect(changes).toEqual(
      expect.arrayContaining([
        { field: 'isActive', from: true, to: false },
        { field: 'isActive', from: false, to: true },
      ]),
    );
  });
});
