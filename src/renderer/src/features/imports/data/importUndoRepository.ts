import { DomainError } from '../../../domain/domainError';
import type { OrganisationEntity } from '../../../domain/entities';
import type { ImportBatchEntity, ImportTable } from '../../../domain/importBatch';
import { nowIso } from '../../../lib/dates';
import { db } from '../../../db/db';
import { recordEvent } from '../../../db/eventRepository';

type CreatedIds = Record<ImportTable, string[]>;

function createdIdsOf(batch: ImportBatchEntity): CreatedIds {
  const ids: CreatedIds = { organisations: [], contactPersons: [], inquiries: [], calls: [] };
  for (const { table, id } of batch.createdIds) ids[table].push(id);
  return ids;
}

/** The first record made after the import that points at something the import created. */
async function firstOutsideReference(ids: CreatedIds): Promise<{ organisationId: string } | null> {
  const created = new Set(Object.values(ids).flat());
  type Linked = { id: string; organisationId: string };
  const outside = (rows: Linked[]) => rows.find((row) => !created.has(row.id)) ?? null;
  const checks: (() => Promise<Linked[]>)[] = [
    () => db.contactPersons.where('organisationId').anyOf(ids.organisations).toArray(),
    () => db.inquiries.where('organisationId').anyOf(ids.organisations).toArray(),
    () => db.calls.where('organisationId').anyOf(ids.organisations).toArray(),
    () => db.followUps.where('organisationId').anyOf(ids.organisations).toArray(),
    () => db.inquiries.where('contactPersonId').anyOf(ids.contactPersons).toArray(),
    () => db.calls.where('contactPersonId').anyOf(ids.contactPersons).toArray(),
    () => db.calls.where('inquiryId').anyOf(ids.inquiries).toArray(),
    () => db.followUps.where('inquiryId').anyOf(ids.inquiries).toArray(),
  ];
  for (const check of checks) {
    const found = outside(await check());
    if (found) return found;
  }
  return null;
}

/** A record the import wrote that someone has changed since (its updatedAt moved on). */
async function firstChangedSince(batch: ImportBatchEntity, ids: CreatedIds) {
  const tables = [db.organisations, db.contactPersons, db.inquiries, db.calls] as const;
  const keys = ['organisations', 'contactPersons', 'inquiries', 'calls'] as const;
  for (const [index, table] of tables.entries()) {
    const rows = await table.bulkGet(ids[keys[index] ?? 'organisations']);
    const changed = rows.find((row) => row && row.updatedAt > batch.createdAt);
    if (changed) return 'organisationId' in changed ? changed.organisationId : changed.id;
  }
  const previous = batch.previousRows.map(({ row }) => row);
  const current = await db.organisations.bulkGet(previous.map((row) => row.id));
  return current.find((row) => row && row.updatedAt > batch.createdAt)?.id ?? null;
}

/** A call logged after the import keeps its "senast kontaktad" when the old row comes back. */
async function refreshLastContacted(organisation: OrganisationEntity): Promise<void> {
  const latest = await db.calls
    .where('[organisationId+occurredAt]')
    .between([organisation.id, ''], [organisation.id, '\uffff'])
    .last();
  const lastContactedAt = latest?.occurredAt ?? null;
  if (lastContactedAt !== organisation.lastContactedAt)
    await db.organisations.update(organisation.id, { lastContactedAt });
}

async function refuse(code: string, organisationId: string): Promise<never> {
  const organisation = await db.organisations.get(organisationId);
  throw new DomainError(code, { name: organisation?.name ?? '' });
}

/**
 * Undoes a whole import in ONE transaction: deletes what it created and restores what it updated.
 * Refused, with the organisation named, when anything it created has been used or changed since
 * (a call logged, a contact added, a field edited): undoing would then lose that later work.
 */
export async function undoImport(batchId: string, actorId: string | null): Promise<void> {
  const tables = [
    db.organisations,
    db.contactPersons,
    db.inquiries,
    db.calls,
    db.followUps,
    db.events,
    db.importBatches,
  ];
  await db.transaction('rw', tables, async () => {
    const batch = await db.importBatches.get(batchId);
    if (!batch) throw new DomainError('notFound');
    if (batch.status === 'undone') throw new DomainError('import.alreadyUndone');
    const ids = createdIdsOf(batch);
    const used = await firstOutsideReference(ids);
    if (used) await refuse('import.undoUsed', used.organisationId);
    const changed = await firstChangedSince(batch, ids);
    if (changed) await refuse('import.undoChanged', changed);

    await db.calls.bulkDelete(ids.calls);
    await db.inquiries.bulkDelete(ids.inquiries);
    await db.contactPersons.bulkDelete(ids.contactPersons);
    await db.organisations.bulkDelete(ids.organisations);
    await db.organisations.bulkPut(batch.previousRows.map(({ row }) => row));
    for (const { row } of batch.previousRows) await refreshLastContacted(row);

    const at = nowIso();
    await db.importBatches.update(batchId, { status: 'undone', undoneAt: at, updatedAt: at });
    await recordEvent({
      at,
      navigatorId: actorId,
      entityType: 'dataset',
      entityId: batch.id,
      kind: 'deleted',
      changes: Object.entries(ids).map(([field, list]) => ({ field, from: list.length, to: 0 })),
      summary: batch.fileName,
    });
  });
}
