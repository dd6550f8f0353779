import { DomainError } from '../../../domain/domainError';
import type { UnitEntity } from '../../../domain/entities';
import { fieldChanges } from '../../../domain/fieldChanges';
import { swedishCollator } from '../../../domain/swedishText';
import { validateUnitInput, type UnitInput } from '../model/unitInput';
import { nowIso } from '../../../lib/dates';
import { newId } from '../../../lib/ids';
import { db } from '../../../db/db';
import { recordEvent } from '../../../db/eventRepository';

type ActorId = string | null;

const AUDITED_FIELDS: (keyof UnitEntity)[] = [
  'name',
  'contactName',
  'contactEmail',
  'contactPhone',
];

/** Validates at the boundary; throws a DomainError whose code is a `settingsEdit.errors.` key. */
function validated(raw: unknown): UnitInput {
  const result = validateUnitInput(raw);
  if (!result.ok) {
    const [field, code] = Object.entries(result.errors)[0] ?? ['name', 'invalid'];
    throw new DomainError(code ?? 'invalid', { field });
  }
  return result.value;
}

/** Every unit (verksamhetsområde), active or not, in Swedish name order. */
export async function listUnits(): Promise<UnitEntity[]> {
  const units = await db.units.toArray();
  return units.sort((a, b) => swedishCollator.compare(a.name, b.name));
}

/** Two units with the same name (ignoring case) could not be told apart in a handoff. */
async function assertNameFree(name: string, exceptId?: string): Promise<void> {
  const taken = await db.units
    .filter((unit) => unit.id !== exceptId && swedishCollator.compare(unit.name, name) === 0)
    .first();
  if (taken) throw new DomainError('unitNameTaken', { name: taken.name });
}

export async function createUnit(raw: unknown, actorId: ActorId): Promise<UnitEntity> {
  const fields = validated(raw);
  return db.transaction('rw', db.units, db.events, async () => {
    await assertNameFree(fields.name);
    const at = nowIso();
    const unit: UnitEntity = {
      id: newId(),
      ...fields,
      isActive: true,
      createdAt: at,
      updatedAt: at,
    };
    await db.units.add(unit);
    await recordEvent({
      at,
      navigatorId: actorId,
      entityType: 'unit',
      entityId: unit.id,
      kind: 'created',
      summary: unit.name,
    });
    return unit;
  });
}

export async function updateUnit(id: string, raw: unknown, actorId: ActorId): Promise<UnitEntity> {
  const fields = validated(raw);
  return db.transaction('rw', db.units, db.events, async () => {
    const before = await db.units.get(id);
    if (!before) throw new DomainError('notFound');
    await assertNameFree(fields.name, id);
    const after: UnitEntity = { ...before, ...fields, updatedAt: nowIso() };
    const changes = fieldChanges(before, after, AUDITED_FIELDS);
    if (changes.length === 0) return before;
    await db.units.put(after);
    await recordEvent({
      at: after.updatedAt,
      navigatorId: actorId,
      entityType: 'unit',
      entityId: id,
      kind: 'updated',
      changes,
      summary: after.name,
    });
    return after;
  });
}

/** No hard delete: handoffs reference units, so a unit no longer used is deactivated. */
export async function setUnitActive(
  id: string,
  isActive: boolean,
  actorId: ActorId,
): Promise<void> {
  await db.transaction('rw', db.units, db.events, async () => {
    const before = await db.units.get(id);
    if (!before) throw new DomainError('notFound');
    if (before.isActive === isActive) return;
    const at = nowIso();
    await db.units.update(id, { isActive, updatedAt: at });
    await recordEvent({
      at,
      navigatorId: actorId,
      entityType: 'unit',
      entityId: id,
      kind: 'updated',
      changes: [{ field: 'isActive', from: before.isActive, to: isActive }],
      summary: before.name,
    });
  });
}
