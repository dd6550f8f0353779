import type { ContactPersonEntity } from '../../../domain/entities';
import { validateContactPersonInput, type ContactPersonInput } from '../model/contactPersonInput';
import { DomainError } from '../../../domain/domainError';
import { fieldChanges } from '../../../domain/fieldChanges';
import { digitsOf, swedishSortKey } from '../../../domain/swedishText';
import { nowIso } from '../../../lib/dates';
import { newId } from '../../../lib/ids';
import { db } from '../../../db/db';
import { recordEvent } from '../../../db/eventRepository';

type ActorId = string | null;

const AUDITED_FIELDS: (keyof ContactPersonEntity)[] = [
  'name',
  'role',
  'phone',
  'email',
  'note',
  'isPrimary',
];

function validated(raw: unknown): ContactPersonInput {
  const result = validateContactPersonInput(raw);
  if (!result.ok) {
    const [field, code] = Object.entries(result.errors)[0] ?? ['name', 'invalid'];
    throw new DomainError('contactPerson.invalidField', { field, code: code ?? 'invalid' });
  }
  return result.value;
}

/** Only one main contact per organisation: making one primary demotes the others. */
async function demoteOtherPrimaries(
  organisationId: string,
  exceptId: string,
  at: string,
): Promise<void> {
  await db.contactPersons
    .where('organisationId')
    .equals(organisationId)
    .filter((person) => person.isPrimary && person.id !== exceptId)
    .modify({ isPrimary: false, updatedAt: at });
}

/**
 * Adds a validated person (the first active one becomes the main contact) and its event; call inside
 * a transaction over organisations, contactPersons and events.
 */
export async function insertContactPerson(
  organisationId: string,
  input: ContactPersonInput,
  actorId: ActorId,
): Promise<ContactPersonEntity> {
  const organisation = await db.organisations.get(organisationId);
  if (!organisation) throw new DomainError('notFound');
  const at = nowIso();
  const hasOthers =
    (await db.contactPersons
      .where('[organisationId+status]')
      .equals([organisationId, 'active'])
      .count()) > 0;
  const person: ContactPersonEntity = {
    id: newId(),
    organisationId,
    ...input,
    isPrimary: input.isPrimary || !hasOthers,
    nameKey: swedishSortKey(input.name),
    phoneDigits: digitsOf(input.phone),
    status: 'active',
    createdAt: at,
    updatedAt: at,
  };
  if (person.isPrimary) await demoteOtherPrimaries(organisationId, person.id, at);
  await db.contactPersons.add(person);
  await recordEvent({
    at,
    navigatorId: actorId,
    entityType: 'contactPerson',
    entityId: person.id,
    organisationId,
    kind: 'created',
    summary: person.name,
  });
  return person;
}

export async function createContactPerson(
  organisationId: string,
  raw: unknown,
  actorId: ActorId,
): Promise<ContactPersonEntity> {
  const input = validated(raw);
  return db.transaction('rw', db.organisations, db.contactPersons, db.events, () =>
    insertContactPerson(organisationId, input, actorId),
  );
}

export { validated as validatedContactPerson };

export async function updateContactPerson(
  id: string,
  raw: unknown,
  actorId: ActorId,
): Promise<ContactPersonEntity> {
  const input = validated(raw);
  return db.transaction('rw', db.contactPersons, db.events, async () => {
    const before = await db.contactPersons.get(id);
    if (!before) throw new DomainError('notFound');
    const at = nowIso();
    const after: ContactPersonEntity = {
      ...before,
      ...input,
      // An archived person cannot be the main contact.
      isPrimary: before.status === 'archived' ? false : input.isPrimary,
      nameKey: swedishSortKey(input.name),
      phoneDigits: digitsOf(input.phone),
      updatedAt: at,
    };
    const changes = fieldChanges(before, after, AUDITED_FIELDS);
    if (changes.length === 0) return before;
    if (after.isPrimary && !before.isPrimary)
      await demoteOtherPrimaries(before.organisationId, id, at);
    await db.contactPersons.put(after);
    await recordEvent({
      at,
      navigatorId: actorId,
      entityType: 'contactPerson',
      entityId: id,
      organisationId: before.organisationId,
      kind: 'updated',
      changes,
      summary: after.name,
    });
    return after;
  });
}

export async function setContactPersonArchived(
  id: string,
  isArchived: boolean,
  actorId: ActorId,
): Promise<void> {
  await db.transaction('rw', db.contactPersons, db.events, async () => {
    const before = await db.contactPersons.get(id);
    if (!before) throw new DomainError('notFound');
    const status = isArchived ? 'archived' : 'active';
    if (before.status === status) return;
    const at = nowIso();
    // An archived person cannot stay the main contact.
    await db.contactPersons.update(id, {
      status,
      isPrimary: isArchived ? false : before.isPrimary,
      updatedAt: at,
    });
    await recordEvent({
      at,
      navigatorId: actorId,
      entityType: 'contactPerson',
      entityId: id,
      organisationId: before.organisationId,
      kind: isArchived ? 'archived' : 'restored',
      changes: [{ field: 'status', from: before.status, to: status }],
      summary: before.name,
    });
  });
}

/** Active persons first, the main contact on top, then by Swedish name order. */
export async function contactPersonsOf(organisationId: string): Promise<ContactPersonEntity[]> {
  const people = await db.contactPersons.where('organisationId').equals(organisationId).toArray();
  return people.sort(
    (a, b) =>
      Number(a.status === 'archived') - Number(b.status === 'archived') ||
      Number(b.isPrimary) - Number(a.isPrimary) ||
      (a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : 0),
  );
}

/** The organisation's main contact, the one a call is most often with. */
export async function primaryContactIdOf(organisationId: string): Promise<string | null> {
  const primary = await db.contactPersons
    .where('[organisationId+status]')
    .equals([organisationId, 'active'])
    .filter((person) => person.isPrimary)
    .first();
  return primary?.id ?? null;
}
