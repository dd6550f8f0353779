import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@renderer/db/db';
import {
  createPriorityArea,
  listPriorityAreas,
  movePriorityArea,
  setPriorityAreaActive,
  updatePriorityArea,
} from '@renderer/features/settings/data/priorityAreaRepository';
import { DomainError } from '@renderer/domain/domainError';
import { resetDatabase } from '../../fixtures/resetDatabase';

beforeEach(resetDatabase);

const eventsOf = (entityId: string) =>
  db.events
    .where('[entityType+entityId+at]')
    .between(['priorityArea', entityId, ''], ['priorityArea', entityId, '\uffff'])
    .toArray();

const names = async () => (await listPriorityAreas()).map((area) => area.name);

const DEFAULT_NAMES = ['Barn', 'Utbildning', 'Förutsättningar för arbete', 'Hälsa/hållbarhet'];

describe('priorityAreaRepository', () => {
  it('lists the four default areas in their order', async () => {
    expect(await names()).toEqual(DEFAULT_NAMES);
  });

  it('adds an area last, with parsed keywords and a created event', async () => {
    const area = await createPriorityArea(
      {
        name: ' Trygghet ',
        description: 'Trygga stadsdelar.',
        keywords: 'Trygg, nattvandr, trygg',
      },
      'nav-1',
    );
    expect(area).toMatchObject({
      name: 'Trygghet',
      keywords: ['trygg', 'nattvandr'],
      isActive: true,
      order: 4,
    });
    expect(await names()).toEqual([...DEFAULT_NAMES, 'Trygghet']);
    expect(await eventsOf(area.id)).toMatchObject([
      { kind: 'created', navigatorId: 'nav-1', summary: 'Trygghet' },
    ]);
  });

  it('refuses invalid input and a name already in use, writing nothing', async () => {
    await expect(
      createPriorityArea({ name: '', description: '', keywords: '' }, null),
    ).rejects.toMatchObject({ code: 'nameRequired', params: { field: 'name' } });
    await expect(
      createPriorityArea({ name: 'Ny', description: '', keywords: 'a' }, null),
    ).rejects.toMatchObject({ code: 'keywordLength' });
    await expect(
      createPriorityArea({ name: 'BARN', description: '', keywords: '' }, null),
    ).rejects.toMatchObject({ code: 'priorityAreaNameTaken', params: { name: 'Barn' } });
    expect(await db.priorityAreas.count()).toBe(4);
    expect(await db.events.count()).toBe(0);
  });

  it('records only the fields that changed, and nothing when nothing did', async () => {
    const updated = await updatePriorityArea(
      'pa-barn',
      {
        name: 'Barn och unga',
        description: 'Barn och unga, förskola, familj och fritid.',
        keywords: 'barn, förskol',
      },
      'nav-1',
    );
    expect(updated).toMatchObject({ name: 'Barn och unga', order: 0, isActive: true });
    const [event] = await eventsOf('pa-barn');
    expect(event?.kind).toBe('updated');
    expect(event?.changes.map((change) => change.field)).toEqual(['name', 'keywords']);
    expect(event?.changes[1]).toMatchObject({ to: ['barn', 'förskol'] });

    await updatePriorityArea(
      'pa-barn',
      { name: 'Barn och unga', description: updated.description, keywords: 'barn,förskol' },
      'nav-1',
    );
    expect(await eventsOf('pa-barn')).toHaveLength(1);
  });

  it('keeps its own name when updating, and refuses an unknown id', async () => {
    await expect(
      updatePriorityArea('pa-barn', { name: 'barn', description: '', keywords: '' }, null),
    ).resolves.toMatchObject({ name: 'barn' });
    await expect(
      updatePriorityArea('pa-utbildning', { name: 'Barn', description: '', keywords: '' }, null),
    ).rejects.toMatchObject({ code: 'priorityAreaNameTaken' });
    await expect(
      updatePriorityArea('nope', { name: 'X', description: '', keywords: '' }, null),
    ).rejects.toBeInstanceOf(DomainError);
  });

  it('moves an area up and down by swapping with its neighbour, with an event for each', async () => {
    await movePriorityArea('pa-utbildning', 'up', 'nav-1');
    expect(await names()).toEqual([
      'Utbildning',
      'Barn',
      'Förutsättningar för arbete',
      'Hälsa/hållbarhet',
    ]);
    expect((await eventsOf('pa-utbildning'))[0]?.changes).toEqual([
      { field: 'order', from: 1, to: 0 },
    ]);
    expect((await eventsOf('pa-barn'))[0]?.changes).toEqual([{ field: 'order', from: 0, to: 1 }]);

    await movePriorityArea('pa-utbildning', 'down', 'nav-1');
    expect(await names()).toEqual(DEFAULT_NAMES);
  });

  it('does nothing when moving past either end', async () => {
    await movePriorityArea('pa-barn', 'up', null);
    await movePriorityArea('pa-halsa', 'down', null);
    expect(await names()).toEqual(DEFAULT_NAMES);
    expect(await db.events.count()).toBe(0);
    await expect(movePriorityArea('nope', 'up', null)).rejects.toMatchObject({ code: 'notFound' });
  });

  it('renumbers equal or gapped orders so a move always takes effect', async () => {
    await db.priorityAreas.bulkUpdate([
      { key: 'pa-barn', changes: { order: 5 } },
      { key: 'pa-utbildning', changes: { order: 5 } },
      { key: 'pa-arbete', changes: { order: 9 } },
      { key: 'pa-halsa', changes: { order: 20 } },
    ]);
    await movePriorityArea('pa-halsa', 'up', null);
    const areas = await listPriorityAreas();
    expect(areas.map((area) => area.order)).toEqual([0, 1, 2, 3]);
    expect(areas[2]?.id).toBe('pa-halsa');
  });

  it('deactivates instead of deleting, and activates again', async () => {
    await setPriorityAreaActive('pa-arbete', false, 'nav-1');
    await setPriorityAreaActive('pa-arbete', false, 'nav-1');
    expect(await db.priorityAreas.get('pa-arbete')).toMatchObject({ isActive: false, order: 2 });
    expect(await names()).toEqual(DEFAULT_NAMES);
    await setPriorityAreaActive('pa-arbete', true, 'nav-1');
    // Both events may share a millisecond, so their order is not asserted.
    const changes = (await eventsOf('pa-arbete')).map((event) => event.changes);
    expect(changes).toHaveLength(2);
    expect(changes).toEqual(
      expect.arrayContaining([
        [{ field: 'isActive', from: true, to: false }],
        [{ field: 'isActive', from: false, to: true }],
      ]),
    );
  });
});
