import { DomainError } from '../../../domain/domainError';
import type { PriorityAreaEntity } from '../../../domain/entities';
import { fieldChanges } from '../../../domain/fieldChanges';
import { validatePriorityAreaInput, type PriorityAreaFields } from '../model/priorityAreaInput';
import { swedishCollator } from '../../../domain/swedishText';
import { nowIso } from '../../../lib/dates';
import { newId } from '../../../lib/ids';
import { db } from '../../../db/db';
import { recordEvent } from '../../../db/eventRepository';

type ActorId = string | null;

export type MoveDirection = 'up' | 'down';

const AUDITED_FIELDS: (keyof PriorityAreaEntity)[] = ['name', 'description', 'keywords'];

/** Validates at the boundary; throws a DomainError whose code is a `settingsEdit.errors.` key. */
function validated(raw: unknown): PriorityAreaFields {
  const result = validatePriorityAreaInput(raw);
  if (!result.ok) {
    const [field, code] = Object.entries(result.errors)[0] ?? ['name', 'invalid'];
    throw new DomainError(code ?? 'invalid', { field });
  }
  return result.value;
}

/** Every area, active or not, in the order the navigators chose. */
export async function listPriorityAreas(): Promise<PriorityAreaEntity[]> {
  return db.priorityAreas.orderBy('order').toArray();
}

/** Two areas with the same name (ignoring case) would be impossible to tell apart in a match. */
async function assertNameFree(name: string, exceptId?: string): Promise<void> {
  const taken = await db.priorityAreas
    .filter((area) => area.id !== exceptId && swedishCollator.compare(area.name, name) === 0)
    .first();
  if (taken) throw new DomainError('priorityAreaNameTaken', { name: taken.name });
}

/** Adds an area last in the order. */
export async function createPriorityArea(
  raw: unknown,
  actorId: ActorId,
): Promise<PriorityAreaEntity> {
  const fields = validated(raw);
  return db.transaction('rw', db.priorityAreas, db.events, async () => {
    await assertNameFree(fields.name);
    const last = await db.priorityAreas.orderBy('order').last();
    const at = nowIso();
    const area: PriorityAreaEntity = {
      id: newId(),
      ...fields,
      isActive: true,
      order: last ? last.order + 1 : 0,
      createdAt: at,
      updatedAt: at,
    };
    await db.priorityAreas.add(area);
    await recordEvent({
      at,
      navigatorId: actorId,
      entityType: 'priorityArea',
      entityId: area.id,
      kind: 'created',
      summary: area.name,
    });
    return area;
  });
}

export async function updatePriorityArea(
  id: string,
  raw: unknown,
  actorId: ActorId,
): Promise<PriorityAreaEntity> {
  const fields = validated(raw);
  return db.transaction('rw', db.priorityAreas, db.events, async () => {
    const before = await db.priorityAreas.get(id);
    if (!before) throw new DomainError('notFound');
    await assertNameFree(fields.name, id);
    const after: PriorityAreaEntity = { ...before, ...fields, updatedAt: nowIso() };
    const changes = fieldChanges(before, after, AUDITED_FIELDS);
    if (changes.length === 0) return before;
    await db.priorityAreas.put(after);
    await recordEvent({
      at: after.updatedAt,
      navigatorId: actorId,
      entityType: 'priorityArea',
      entityId: id,
      kind: 'updated',
      changes,
      summary: after.name,
    });
    return after;
  });
}

/**
 * Swaps an area with its neighbour above or below. The order is renumbered 0, 1, 2… on the way, so
 * gaps or equal numbers left by older data never make a move a no-op. Nothing happens at the ends.
 */
export async function movePriorityArea(
  id: string,
  direction: MoveDirection,
  actorId: ActorId,
): Promise<void> {
  await db.transaction('rw', db.priorityAreas, db.events, async () => {
    const areas = await db.priorityAreas.orderBy('order').toArray();
    const index = areas.findIndex((area) => area.id === id);
    if (index === -1) throw new DomainError('notFound');
    const target = direction === 'up' ? index - 1 : index + 1;
    const moved = areas[index];
    const neighbour = areas[target];
    if (!moved || !neighbour) return;
    areas[index] = neighbour;
    areas[target] = moved;
    const at = nowIso();
    const changed = areas
      .map((area, order) => ({ before: area, after: { ...area, order, updatedAt: at } }))
      .filter(({ before, after }) => before.order !== after.order);
    await db.priorityAreas.bulkPut(changed.map(({ after }) => after));
    for (const { before, after } of changed) {
      await recordEvent({
        at,
        navigatorId: actorId,
        entityType: 'priorityArea',
        entityId: after.id,
        kind: 'updated',
        changes: [{ field: 'order', from: before.order, to: after.order }],
        summary: after.name,
      });
    }
  });
}

/** No hard delete: past inquiries reference areas, so an area no longer used is deactivated. */
export async function setPriorityAreaActive(
  id: string,
  isActive: boolean,
  actorId: ActorId,
): Promise<void> {
  await db.transaction('rw', db.priorityAreas, db.events, async () => {
    const before = await db.priorityAreas.get(id);
    if (!before) throw new DomainError('notFound');
    if (before.isActive === isActive) return;
    const at = nowIso();
    await db.priorityAreas.update(id, { isActive, updatedAt: at });
    await recordEvent({
      at,
      navigatorId: actorId,
      entityType: 'priorityArea',
      entityId: id,
      kind: 'updated',
      changes: [{ field: 'isActive', from: before.isActive, to: isActive }],
      summary: before.name,
    });
  });
}
