import { syncTables } from './syncTables';
import type { LotsbokDatabase } from '../db/LotsbokDatabase';
import type { FieldChange } from '../domain/entities';
import type { SyncConflictEntry, SyncData } from '../domain/syncRecords';
import { nowIso } from '../lib/dates';
import { newId } from '../lib/ids';
import { DERIVED_FIELDS, withDerivedFields } from './derivedFields';

/**
 * Merges a server organisation kept aside as a duplicate (same organisation number as one
 * registered here, under another id; see applyIncoming.ts) into one: everything that points at
 * the local organisation moves to the server's id, the server's record takes the local values of
 * the fields it leaves empty, and the local organisation goes. All of it in one transaction and as
 * ordinary local changes, so the moves and the deletion go up to the team like any edit.
 */

/** The tables whose records point at an organisation through `organisationId`. */
const POINTING_TABLES = ['contactPersons', 'inquiries', 'calls', 'followUps', 'briefs'] as const;

/** Fields the merge never fills from the local record. */
const KEPT_FIELDS = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'createdBy',
  ...(DERIVED_FIELDS.organisations ?? []),
]);

const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The server's values win; an empty or missing one takes the local value (objects field by field). */
function fillEmpty(
  server: Record<string, unknown>,
  local: Record<string, unknown>,
  path: string,
  filled: FieldChange[],
  skip: ReadonlySet<string> = new Set(),
): Record<string, unknown> {
  const result: Record<string, unknown> = { ...server };
  for (const [field, value] of Object.entries(local)) {
    if (skip.has(field)) continue;
    const name = path === '' ? field : `${path}.${field}`;
    const current = server[field];
    if (isPlainObject(current) && isPlainObject(value)) {
      result[field] = fillEmpty(current, value, name, filled);
    } else if (isEmpty(current) && !isEmpty(value)) {
      result[field] = value;
      filled.push({ field: name, from: current ?? null, to: value });
    }
  }
  return result;
}

function latest(a: unknown, b: unknown): unknown {
  if (typeof a !== 'string') return b;
  if (typeof b !== 'string') return a;
  return a >= b ? a : b;
}

export async function mergeDuplicateOrganisation(
  database: LotsbokDatabase,
  entry: SyncConflictEntry,
  actorId: string | null,
): Promise<void> {
  const duplicate = entry.duplicate;
  if (!duplicate || entry.table !== 'organisations') {
    throw new Error('Posten är ingen dubblett av en organisation.');
  }
  const { localId, rev } = duplicate;
  const serverId = entry.id;
  const organisations = database.table<SyncData, string>('organisations');
  await database.transaction(
    'rw',
    [
      organisations,
      ...POINTING_TABLES.map((table) => database.table(table)),
      database.events,
      syncTables(database).conflicts,
      syncTables(database).meta,
      syncTables(database).outbox,
    ],
    async () => {
      const at = nowIso();
      const local = localId === serverId ? undefined : await organisations.get(localId);
      // A similar-name duplicate is already here (and may have changed since): that version wins.
      // A clash of numbers was never applied: the entry's version is the server's newest.
      const applied = duplicate.similarName ? await organisations.get(serverId) : undefined;
      const incoming = applied ?? duplicate.incoming;
      const changes: FieldChange[] = [{ field: 'id', from: localId, to: serverId }];

      if (local) {
        const contactPersons = database.table<SyncData, string>('contactPersons');
        // One primary contact: the server organisation's, when it already has one.
        const serverHasPrimary = (
          await contactPersons.where('organisationId').equals(serverId).toArray()
        ).some((contact) => contact['isPrimary'] === true);
        if (serverHasPrimary) {
          await contactPersons
            .where('organisationId')
            .equals(localId)
            .filter((contact) => contact['isPrimary'] === true)
            .modify({ isPrimary: false });
        }
        for (const table of POINTING_TABLES) {
          await database
            .table<SyncData, string>(table)
            .where('organisationId')
            .equals(localId)
            .modify({ organisationId: serverId });
        }
        // Events stay as written: the team's log is append-only (the server refuses a changed
        // event). The merge event below ties the two ids together.
      }

      const merged: SyncData = local
        ? fillEmpty(incoming, local, '', changes, KEPT_FIELDS)
        : { ...incoming };
      if (local) {
        const contacted = latest(incoming['lastContactedAt'], local['lastContactedAt']);
        if (contacted !== incoming['lastContactedAt'] && contacted !== undefined) {
          merged['lastContactedAt'] = contacted;
          if (!changes.some((change) => change.field === 'lastContactedAt')) {
            changes.push({
              field: 'lastContactedAt',
              from: incoming['lastContactedAt'] ?? null,
              to: contacted,
            });
          }
        }
        if (changes.length > 1) merged['updatedAt'] = at;
      }

      // The local organisation goes first: the unique index on orgNumber allows only one.
      if (local) await organisations.delete(localId);
      // The server's revision first, so the change tracking bases the put on it.
      if (!applied) await syncTables(database).meta.put({ key: entry.key, rev });
      await organisations.put(withDerivedFields('organisations', merged));
      const pending = applied ? undefined : await syncTables(database).outbox.get(entry.key);
      if (pending) {
        // The merge base is the server's record at that revision (not known to the tracking).
        await syncTables(database).outbox.put({ ...pending, base: incoming });
      }

      await database.events.add({
        id: newId(),
        at,
        navigatorId: actorId,
        entityType: 'organisation',
        entityId: serverId,
        organisationId: serverId,
        inquiryId: null,
        kind: 'merged',
        changes,
        summary: typeof local?.['name'] === 'string' ? local['name'] : '',
      });
      await syncTables(database).conflicts.delete(entry.key);
    },
  );
}

/**
 * "Not the same organisation": a possible duplicate by name is only a hint, so it can be set
 * aside. A clash of organisation numbers cannot: the server's record is waiting on it.
 */
export async function dismissDuplicate(
  database: LotsbokDatabase,
  entry: SyncConflictEntry,
): Promise<void> {
  if (entry.duplicate?.similarName !== true) {
    throw new Error('Bara en möjlig dubblett (samma namn) kan avfärdas.');
  }
  await syncTables(database).conflicts.delete(entry.key);
}
