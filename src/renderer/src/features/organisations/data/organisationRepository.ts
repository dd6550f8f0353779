import type { OrganisationEntity } from '../../../domain/entities';
import { DomainError } from '../../../domain/domainError';
import { fieldChanges } from '../../../domain/fieldChanges';
import { comparableName, nameSimilarity, SIMILAR_NAME_THRESHOLD } from '../model/nameSimilarity';
import { validateOrganisationInput, type OrganisationFields } from '../model/organisationInput';
import { digitsOf, searchWordsOf, swedishSortKey } from '../../../domain/swedishText';
import { nowIso } from '../../../lib/dates';
import { newId } from '../../../lib/ids';
import { db } from '../../../db/db';
import { recordEvent } from '../../../db/eventRepository';

type ActorId = string | null;

const AUDITED_FIELDS: (keyof OrganisationEntity)[] = [
  'name',
  'orgNumber',
  'legalForm',
  'ideaRegistration',
  'address',
  'district',
  'municipality',
  'phone',
  'email',
  'website',
  'tags',
  'note',
];

function derivedFields(fields: OrganisationFields) {
  return {
    nameKey: swedishSortKey(fields.name),
    searchWords: searchWordsOf(fields.name),
    phoneDigits: digitsOf(fields.phone),
  };
}

/** Validates at the boundary: whatever calls this, invalid input never reaches the database. */
function validated(raw: unknown): OrganisationFields {
  const result = validateOrganisationInput(raw);
  if (!result.ok) {
    const [field, code] = Object.entries(result.errors)[0] ?? ['name', 'invalid'];
    throw new DomainError(`organisation.invalidField`, { field, code: code ?? 'invalid' });
  }
  return result.value;
}

/**
 * Callers check for null first: inside a Dexie transaction, awaiting an async function that resolves
 * without touching Dexie loses the transaction, which then commits too early.
 */
async function assertOrgNumberFree(orgNumber: string, exceptId?: string): Promise<void> {
  const existing = await db.organisations.where('orgNumber').equals(orgNumber).first();
  if (existing && existing.id !== exceptId) {
    throw new DomainError('orgNumberTaken', { orgNumber, name: existing.name });
  }
}

/** Adds a validated organisation and its event; call inside a transaction over organisations and events. */
export async function insertOrganisation(
  fields: OrganisationFields,
  actorId: ActorId,
): Promise<OrganisationEntity> {
  if (fields.orgNumber !== null) await assertOrgNumberFree(fields.orgNumber);
  const at = nowIso();
  const organisation: OrganisationEntity = {
    id: newId(),
    ...fields,
    ...derivedFields(fields),
    status: 'active',
    lastContactedAt: null,
    createdBy: actorId,
    createdAt: at,
    updatedAt: at,
  };
  await db.organisations.add(organisation);
  await recordEvent({
    at,
    navigatorId: actorId,
    entityType: 'organisation',
    entityId: organisation.id,
    organisationId: organisation.id,
    kind: 'created',
    summary: organisation.name,
  });
  return organisation;
}

export async function createOrganisation(
  raw: unknown,
  actorId: ActorId,
): Promise<OrganisationEntity> {
  const fields = validated(raw);
  return db.transaction('rw', db.organisations, db.events, () =>
    insertOrganisation(fields, actorId),
  );
}

/** Validates the organisation form's input; throws a DomainError naming the first bad field. */
export { validated as validatedOrganisation };

export async function updateOrganisation(
  id: string,
  raw: unknown,
  actorId: ActorId,
): Promise<OrganisationEntity> {
  const fields = validated(raw);
  return db.transaction('rw', db.organisations, db.events, async () => {
    const before = await db.organisations.get(id);
    if (!before) throw new DomainError('notFound');
    if (fields.orgNumber !== null) await assertOrgNumberFree(fields.orgNumber, id);
    const after: OrganisationEntity = {
      ...before,
      ...fields,
      ...derivedFields(fields),
      updatedAt: nowIso(),
    };
    const changes = fieldChanges(before, after, AUDITED_FIELDS);
    if (changes.length === 0) return before;
    await db.organisations.put(after);
    await recordEvent({
      at: after.updatedAt,
      navigatorId: actorId,
      entityType: 'organisation',
      entityId: id,
      organisationId: id,
      kind: 'updated',
      changes,
      summary: after.name,
    });
    return after;
  });
}

export async function setOrganisationArchived(
  id: string,
  isArchived: boolean,
  actorId: ActorId,
): Promise<void> {
  await db.transaction('rw', db.organisations, db.events, async () => {
    const before = await db.organisations.get(id);
    if (!before) throw new DomainError('notFound');
    const status = isArchived ? 'archived' : 'active';
    if (before.status === status) return;
    const at = nowIso();
    await db.organisations.update(id, { status, updatedAt: at });
    await recordEvent({
      at,
      navigatorId: actorId,
      entityType: 'organisation',
      entityId: id,
      organisationId: id,
      kind: isArchived ? 'archived' : 'restored',
      changes: [{ field: 'status', from: before.status, to: status }],
      summary: before.name,
    });
  });
}

export type SimilarOrganisation = Pick<OrganisationEntity, 'id' | 'name' | 'orgNumber'> & {
  similarity: number;
};

/**
 * Organisations whose name is very similar (a likely duplicate). Candidates come from the word index
 * (names sharing a word), so this never scans the table.
 */
export async function findSimilarOrganisations(
  name: string,
  exceptId?: string,
): Promise<SimilarOrganisation[]> {
  // Folded, non-generic words: "Föreningen" alone would match half the register.
  const words = comparableName(name)
    .split(' ')
    .filter((word) => word.length >= 3);
  if (words.length === 0) return [];
  const candidates = await db.organisations.where('searchWords').anyOf(words).limit(500).toArray();
  const seen = new Set<string>();
  const similar: SimilarOrganisation[] = [];
  for (const candidate of candidates) {
    if (candidate.id === exceptId || seen.has(candidate.id)) continue;
    seen.add(candidate.id);
    const similarity = nameSimilarity(name, candidate.name);
    if (similarity >= SIMILAR_NAME_THRESHOLD) {
      similar.push({
        id: candidate.id,
        name: candidate.name,
        orgNumber: candidate.orgNumber,
        similarity,
      });
    }
  }
  return similar.sort((a, b) => b.similarity - a.similarity).slice(0, 5);
}
