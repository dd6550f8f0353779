import { syncTables } from './syncTables';
import type { LotsbokDatabase } from '../db/LotsbokDatabase';
import type { EntityType, EventEntity } from '../domain/entities';
import {
  DELETED_FIELD,
  type SyncConflictEntry,
  type SyncData,
  type SyncedTable,
} from '../domain/syncRecords';
import { nowIso } from '../lib/dates';
import { withDerivedFields } from './derivedFields';
import { newId } from '../lib/ids';

/**
 * A navigator's choice in Konflikter: per field, keep the server's value (already in the record)
 * or take this machine's. The record is written as an ordinary local change, so the choice goes
 * to the team like any edit; the value not chosen is written to the (shared, append-only) event
 * log, so it is never lost.
 */

export type ConflictChoice = 'local' | 'server';

const ENTITY_OF: Record<SyncedTable, EntityType> = {
  navigators: 'navigator',
  organisations: 'organisation',
  contactPersons: 'contactPerson',
  inquiries: 'inquiry',
  calls: 'call',
  followUps: 'followUp',
  priorityAreas: 'priorityArea',
  units: 'unit',
  events: 'dataset',
  settings: 'settings',
  briefs: 'brief',
};

export function entityTypeOf(table: SyncedTable): EntityType {
  return ENTITY_OF[table];
}

export async function resolveConflict(
  database: LotsbokDatabase,
  conflict: SyncConflictEntry,
  choices: Record<string, ConflictChoice>,
  actorId: string | null,
): Promise<void> {
  if (conflict.duplicate) {
    // Choosing fields would drop the server's organisation: a duplicate is merged instead.
    throw new Error('En dubblett slås ihop med mergeDuplicateOrganisation, inte fält för fält.');
  }
  const table = database.table<SyncData, string>(conflict.table);
  await database.transaction(
    'rw',
    [table, database.events, syncTables(database).conflicts],
    async () => {
      const current = await table.get(conflict.id);
      const update: SyncData = {};
      const notChosen: EventEntity['changes'] = [];
      let remove = false;
      for (const field of conflict.fields) {
        const choice = choices[field.field] ?? 'server';
        const kept = choice === 'local' ? field.local : field.server;
        const dropped = choice === 'local' ? field.server : field.local;
        notChosen.push({ field: field.field, from: dropped, to: kept });
        // Values of an earlier conflict on the field, replaced before anyone chose: logged too.
        for (const earlier of field.earlier ?? []) {
          notChosen.push({ field: field.field, from: earlier, to: kept });
        }
        // Deleted on one side, edited on the other: the edited record is here either way.
        if (field.field === DELETED_FIELD) remove = kept === true;
        else if (choice === 'local') update[field.field] = field.local;
      }
      if (current && remove) await table.delete(conflict.id);
      else if (current && Object.keys(update).length > 0) {
        // Index fields follow the chosen values (a chosen name brings its nameKey).
        await table.put(
          withDerivedFields(conflict.table, { ...current, ...update, updatedAt: nowIso() }),
        );
      }
      const record = current ?? null;
      await database.events.add({
        id: newId(),
        at: nowIso(),
        navigatorId: actorId,
        entityType: entityTypeOf(conflict.table),
        entityId: conflict.id,
        organisationId: organisationIdOf(conflict.table, conflict.id, record),
        inquiryId:
          conflict.table === 'inquiries'
            ? conflict.id
            : typeof record?.['inquiryId'] === 'string'
              ? record['inquiryId']
              : null,
        kind: 'conflictResolved',
        changes: notChosen,
        summary: '',
      });
      await syncTables(database).conflicts.delete(conflict.key);
    },
  );
}

function organisationIdOf(table: SyncedTable, id: string, record: SyncData | null): string | null {
  if (table === 'organisations') return id;
  const value = record?.['organisationId'];
  return typeof value === 'string' ? value : null;
}
