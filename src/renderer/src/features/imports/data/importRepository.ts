import { DomainError } from '../../../domain/domainError';
import type { EventEntity } from '../../../domain/entities';
import type { ImportBatchEntity } from '../../../domain/importBatch';
import type { ExistingRecords, ImportPlan } from '../model/planImport';
import { nowIso } from '../../../lib/dates';
import { newId } from '../../../lib/ids';
import { db } from '../../../db/db';

export type ImportProgress = { done: number; total: number };

const CHUNK = 2_000;

/**
 * The stored organisations a file may repeat (by organisationsnummer or name key, via the indexes)
 * and the names of their active contact persons. Read before the dry run, never inside the commit.
 */
export async function findExistingRecords(
  orgNumbers: string[],
  nameKeys: string[],
): Promise<ExistingRecords> {
  const [byNumber, byName] = await Promise.all([
    orgNumbers.length ? db.organisations.where('orgNumber').anyOf(orgNumbers).toArray() : [],
    nameKeys.length ? db.organisations.where('nameKey').anyOf(nameKeys).toArray() : [],
  ]);
  const organisations = [...new Map([...byNumber, ...byName].map((org) => [org.id, org])).values()];
  const contacts = organisations.length
    ? await db.contactPersons
        .where('organisationId')
        .anyOf(organisations.map((org) => org.id))
        .filter((person) => person.status === 'active')
        .toArray()
    : [];
  const contactNameKeys = new Map<string, Set<string>>();
  for (const person of contacts) {
    const keys = contactNameKeys.get(person.organisationId) ?? new Set<string>();
    keys.add(person.nameKey);
    contactNameKeys.set(person.organisationId, keys);
  }
  return { organisations, contactNameKeys };
}

type BulkAddable<T> = { bulkAdd: (rows: readonly T[]) => Promise<unknown> };

/** bulkAdd in chunks so the progress bar moves; only Dexie calls are awaited (transaction-safe). */
async function addInChunks<T>(
  table: BulkAddable<T>,
  rows: T[],
  onAdded: (count: number) => void,
): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    await table.bulkAdd(chunk);
    onAdded(chunk.length);
  }
}

function importedEvents(plan: ImportPlan, actorId: string | null, at: string): EventEntity[] {
  const event = (patch: Partial<EventEntity> & Pick<EventEntity, 'entityType' | 'entityId'>) => ({
    id: newId(),
    at,
    navigatorId: actorId,
    organisationId: null,
    inquiryId: null,
    kind: 'imported' as const,
    changes: [],
    summary: '',
    ...patch,
  });
  return [
    ...plan.organisations.map((org) =>
      event({
        entityType: 'organisation',
        entityId: org.id,
        organisationId: org.id,
        summary: org.name,
      }),
    ),
    ...plan.updates.map(({ after, changes }) =>
      event({
        entityType: 'organisation',
        entityId: after.id,
        organisationId: after.id,
        changes,
        summary: after.name,
      }),
    ),
    ...plan.contactPersons.map((person) =>
      event({
        entityType: 'contactPerson',
        entityId: person.id,
        organisationId: person.organisationId,
        summary: person.name,
      }),
    ),
    ...plan.inquiries.map((inquiry) =>
      event({
        entityType: 'inquiry',
        entityId: inquiry.id,
        organisationId: inquiry.organisationId,
        inquiryId: inquiry.id,
        summary: inquiry.title,
      }),
    ),
    ...plan.calls.map((call) =>
      event({
        entityType: 'call',
        entityId: call.id,
        organisationId: call.organisationId,
        inquiryId: call.inquiryId,
        summary: call.summary.split('\n')[0] ?? '',
      }),
    ),
  ];
}

/**
 * Writes a dry run's plan and its batch record in ONE transaction: a broken rule, a number taken
 * since the dry run or a closed window leaves nothing of the import behind.
 */
export async function commitImport(
  plan: ImportPlan,
  fileName: string,
  actorId: string | null,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportBatchEntity> {
  const at = nowIso();
  const events = importedEvents(plan, actorId, at);
  const total =
    plan.organisations.length +
    plan.contactPersons.length +
    plan.inquiries.length +
    plan.calls.length +
    events.length +
    plan.updates.length;
  const batch: ImportBatchEntity = {
    id: newId(),
    fileName,
    status: 'committed',
    navigatorId: actorId,
    counts: plan.counts,
    createdIds: [
      ...plan.organisations.map(({ id }) => ({ table: 'organisations' as const, id })),
      ...plan.contactPersons.map(({ id }) => ({ table: 'contactPersons' as const, id })),
      ...plan.inquiries.map(({ id }) => ({ table: 'inquiries' as const, id })),
      ...plan.calls.map(({ id }) => ({ table: 'calls' as const, id })),
    ],
    previousRows: plan.updates.map(({ before }) => ({
      table: 'organisations' as const,
      row: before,
    })),
    undoneAt: null,
    createdAt: at,
    updatedAt: at,
  };
  const tables = [
    db.organisations,
    db.contactPersons,
    db.inquiries,
    db.calls,
    db.events,
    db.importBatches,
  ];
  return db.transaction('rw', tables, async () => {
    let done = 0;
    onProgress({ done, total });
    for (const update of plan.updates) {
      const current = await db.organisations.get(update.before.id);
      if (current?.updatedAt !== update.before.updatedAt)
        throw new DomainError('import.changedSinceDryRun', { name: update.before.name });
    }
    await db.organisations.bulkPut(plan.updates.map(({ after }) => after));
    done += plan.updates.length;
    const added = (count: number) => {
      done += count;
      onProgress({ done, total });
    };
    await addInChunks(db.organisations, plan.organisations, added);
    await addInChunks(db.contactPersons, plan.contactPersons, added);
    await addInChunks(db.inquiries, plan.inquiries, added);
    await addInChunks(db.calls, plan.calls, added);
    await addInChunks(db.events, events, added);
    await db.importBatches.add(batch);
    return batch;
  });
}
