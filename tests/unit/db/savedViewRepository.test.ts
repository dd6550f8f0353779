import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@renderer/db/db';
import {
  deleteView,
  listViews,
  saveView,
} from '@renderer/features/inquiries/data/savedViewRepository';
import { DomainError } from '@renderer/domain/domainError';
import { resetClock, setClock } from '@renderer/lib/dates';
import { resetDatabase } from '../../fixtures/resetDatabase';

beforeEach(async () => {
  setClock(() => new Date('2026-11-22T13:00:00.000Z'));
  await resetDatabase();
});
afterEach(resetClock);

describe('savedViewRepository', () => {
  it('saves a view of the inquiry list with its search string and an event', async () => {
    const view = await saveView('  Mina IOP  ', '?vag=iop&vy=lista', 'nav-1');

    expect(view).toMatchObject({ name: 'Mina IOP', query: 'vag=iop&vy=lista', createdBy: 'nav-1' });
    const stored = await db.savedViews.get(view.id);
    expect(stored).toMatchObject({
      scope: 'inquiries',
      name: 'Mina IOP',
      query: 'vag=iop&vy=lista',
      createdBy: 'nav-1',
      createdAt: '2026-11-22T13:00:00.000Z',
      updatedAt: '2026-11-22T13:00:00.000Z',
    });
    const events = await db.events.toArray();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      navigatorId: 'nav-1',
      entityType: 'settings',
      entityId: view.id,
      kind: 'created',
      summary: 'Mina IOP',
    });
  });

  it('lists views in Swedish order and skips stored views with an unreadable query', async () => {
    await saveView('Öppna', 'oppna=1', null);
    await saveView('Alla barn', 'omrade=barn', null);
    await saveView('Zebra', 'sok=zebra', null);
    const at = '2026-11-22T13:00:00.000Z';
    await db.savedViews.add({
      id: 'broken',
      scope: 'inquiries',
      name: 'Trasig',
      query: { stage: 'matchning' },
      createdBy: null,
      createdAt: at,
      updatedAt: at,
    });

    expect((await listViews()).map((view) => view.name)).toEqual(['Alla barn', 'Zebra', 'Öppna']);
  });

  it('replaces the query of a view with the same name instead of adding a second one', async () => {
    const first = await saveView('Mina IOP', 'vag=iop', 'nav-1');
    setClock(() => new Date('2026-11-22T13:05:00.000Z'));
    const second = await saveView('mina iop', 'vag=iop&steg=uppfoljning', 'nav-1');

    expect(second.id).toBe(first.id);
    const views = await listViews();
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({ name: 'mina iop', query: 'vag=iop&steg=uppfoljning' });
    const kinds = (await db.events.toArray()).map((event) => event.kind).sort();
    expect(kinds).toEqual(['created', 'updated']);
  });

  it('refuses a view without a name and writes nothing', async () => {
    await expect(saveView('   ', 'vy=lista', null)).rejects.toEqual(
      new DomainError('nameRequired'),
    );
    expect(await db.savedViews.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
  });

  it('deletes a view with an event naming it', async () => {
    const view = await saveView('Gamla vyn', 'vy=lista', 'nav-1');
    await deleteView(view.id, 'nav-1');

    expect(await listViews()).toEqual([]);
    const deleted = await db.events.filter((event) => event.entityId === view.id).toArray();
    expect(deleted.map((event) => event.kind).sort()).toEqual(['created', 'deleted']);
    await expect(deleteView(view.id, 'nav-1')).rejects.toEqual(new DomainError('notFound'));
  });
});
