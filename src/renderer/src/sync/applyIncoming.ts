import { syncTables } from './syncTables';
import { Dexie, type Table } from 'dexie';
import { markRemoteApply, TEAM_STATE_KEY } from '../db/changeTracking';
import type { LotsbokDatabase } from '../db/LotsbokDatabase';
import type {
  ConflictField,
  OutboxEntry,
  SyncConflictEntry,
  SyncData,
  SyncedTable,
} from '../domain/syncRecords';
import { DELETED_FIELD } from '../domain/syncRecords';
import { DERIVED_FIELDS, withDerivedFields } from './derivedFields';
import { isEqualValue, mergeRecord } from './merge';
import { isPrivateCall, shareableData, type IncomingChange } from './teamDocs';

/**
 * Applies the server's versions of records to IndexedDB in one transaction (with the pull
 * checkpoint when one is given, so a page is applied exactly once even after a crash). A record
 * with no local change pending simply takes the server's version; one with a pending change is
 * merged field by field against the base it was changed from (see merge.ts), and a field changed
 * on both sides keeps the server's value and becomes a conflict for a navigator to resolve.
 */

export type ApplyReport = {
  applied: number;
  merged: number;
  conflicts: number;
  skipped: number;
  /** Server organisations kept aside as duplicates of a local one (see mergeDuplicates.ts). */
  duplicates: number;
};

export const CHECKPOINT_KEY = 'checkpoint';

/** A private memo's text is never replaced by the empty text the server carries for it. */
function keepPrivateText(table: SyncedTable, local: SyncData | undefined, incoming: SyncData) {
  if (table !== 'calls' || !local || !isPrivateCall(local) || !isPrivateCall(incoming)) {
    return incoming;
  }
  return incoming['summary'] === '' ? { ...incoming, summary: local['summary'] } : incoming;
}

/** What the server holds of a record (a private memo without its text), for comparisons. */
const sharedView = (table: SyncedTable, record: SyncData): SyncData =>
  shareableData(table, record, () => false);

function addConflict(
  conflicts: Map<string, SyncConflictEntry>,
  existing: SyncConflictEntry | undefined,
  change: IncomingChange,
  fields: ConflictField[],
  at: string,
): void {
  const current = conflicts.get(change.key) ?? existing;
  const kept = (current?.fields ?? []).filter(
    (old) => !fields.some((field) => field.field === old.field),
  );
  // A field still in conflict that conflicts again: the new values replace the old pair, but the
  // old values go along as `earlier`, or one machine's unchosen value would vanish unresolved.
  const withEarlier = fields.map((field) => {
    const old = current?.fields.find((entry) => entry.field === field.field);
    if (!old) return field;
    const earlier = [...(old.earlier ?? []), old.local, old.server].filter(
      (value, index, all) =>
        !isEqualValue(value, field.local) &&
        !isEqualValue(value, field.server) &&
        all.findIndex((other) => isEqualValue(other, value)) === index,
    );
    return earlier.length > 0 ? { ...field, earlier } : field;
  });
  conflicts.set(change.key, {
    key: change.key,
    table: change.table,
    id: change.id,
    fields: [...kept, ...withEarlier],
    detectedAt: at,
  });
}

const orgNumberOf = (record: SyncData | undefined): string | null => {
  const value = record?.['orgNumber'];
  return typeof value === 'string' && value !== '' ? value : null;
};

/**
 * Server organisations whose organisation number belongs to a different organisation here (or
 * earlier in the same page): the unique index on orgNumber would refuse them and fail the whole
 * page. Returns the change key → the id of the organisation that has the number. The page's
 * changes are followed in order, so a number freed by another change of the page is free again.
 */
async function findDuplicateOrganisations(
  database: LotsbokDatabase,
  changes: IncomingChange[],
  here: Map<string, SyncData | undefined>,
): Promise<Map<string, string>> {
  const duplicates = new Map<string, string>();
  const organisationChanges = changes.filter((change) => change.table === 'organisations');
  const numbers = [
    ...new Set(
      organisationChanges.flatMap((change) => {
        const number = change.kind === 'upsert' ? orgNumberOf(change.data) : null;
        return number === null ? [] : [number];
      }),
    ),
  ];
  if (numbers.length === 0) return duplicates;
  const organisations = database.table<SyncData, string>('organisations');
  const holders = await organisations.where('orgNumber').anyOf(numbers).toArray();
  const owner = new Map<string, string>();
  for (const holder of holders) {
    const number = orgNumberOf(holder);
    if (number !== null) owner.set(number, String(holder['id']));
  }
  const numberById = new Map<string, string | null>();
  for (const change of organisationChanges)
    numberById.set(change.id, orgNumberOf(here.get(change.id)));
  for (const change of organisationChanges) {
    const before = numberById.get(change.id) ?? null;
    const after = change.kind === 'upsert' ? orgNumberOf(change.data) : null;
    const holder = after === null ? undefined : owner.get(after);
    if (after !== null && holder !== undefined && holder !== change.id) {
      duplicates.set(change.key, holder);
      continue; // not applied: this id keeps whatever number it had here
    }
    if (before !== null && before !== after && owner.get(before) === change.id) {
      owner.delete(before);
    }
    if (after !== null) owner.set(after, change.id);
    numberById.set(change.id, after);
  }
  return duplicates;
}

/**
 * Server organisations new to this machine, without an organisation number, whose name sorts
 * like one already here under another id (and also without a number): maybe the same group
 * registered twice. They are applied as usual (nothing clashes) and listed for a navigator, who
 * may merge them. Returns the change key → the id of the organisation here with that name.
 */
async function findSimilarNames(
  database: LotsbokDatabase,
  changes: IncomingChange[],
  known: boolean[],
  duplicates: Map<string, string>,
  here: Map<string, SyncData | undefined>,
): Promise<Map<string, string>> {
  const similar = new Map<string, string>();
  const candidates = changes.flatMap((change, index) =>
    change.kind === 'upsert' &&
    change.table === 'organisations' &&
    !known[index] &&
    !duplicates.has(change.key) &&
    here.get(change.id) === undefined &&
    orgNumberOf(change.data) === null
      ? [{ change, nameKey: String(withDerivedFields('organisations', change.data)['nameKey']) }]
      : [],
  );
  const nameKeys = [
    ...new Set(candidates.map(({ nameKey }) => nameKey).filter((key) => key !== '')),
  ];
  if (nameKeys.length === 0) return similar;
  const organisations = database.table<SyncData, string>('organisations');
  const namesakes = await organisations.where('nameKey').anyOf(nameKeys).toArray();
  const incomingIds = new Set(candidates.map(({ change }) => change.id));
  candidates.forEach(({ change, nameKey }) => {
    const namesake = namesakes.find(
      (row) =>
        row['nameKey'] === nameKey &&
        !incomingIds.has(String(row['id'])) &&
        orgNumberOf(row) === null,
    );
    if (namesake) similar.set(change.key, String(namesake['id']));
  });
  return similar;
}

/**
 * bulkGet, skipped when the table is empty: on a first pull the outbox and the conflicts usually
 * are, and a page of a thousand lookups in each would cost as much as writing the page.
 */
async function readIfAny<T>(table: Table<T, string>, keys: string[]): Promise<(T | undefined)[]> {
  const any = await table.toCollection().limit(1).primaryKeys();
  return any.length === 0 ? keys.map(() => undefined) : table.bulkGet(keys);
}

export async function applyIncoming(
  database: LotsbokDatabase,
  incoming: IncomingChange[],
  options: {
    checkpoint?: string;
    at: string;
    /**
     * The team database these changes came from. A page that arrives after the machine left that
     * team (a long poll still in flight) is dropped, checked inside the transaction so it cannot
     * slip in beside a leave.
     */
    fromDatabase?: string;
  },
): Promise<ApplyReport> {
  const latestByKey = new Map<string, IncomingChange>();
  for (const change of incoming) latestByKey.set(change.key, change);
  const changes = [...latestByKey.values()];
  const tables = [...new Set(changes.map((change) => change.table))];
  const report: ApplyReport = { applied: 0, merged: 0, conflicts: 0, skipped: 0, duplicates: 0 };

  await database.transaction(
    'rw',
    [
      ...tables.map((table) => database.table(table)),
      syncTables(database).outbox,
      syncTables(database).meta,
      syncTables(database).conflicts,
      syncTables(database).state,
    ],
    async () => {
      const tx = Dexie.currentTransaction;
      if (tx) markRemoteApply(tx);
      if (options.fromDatabase !== undefined) {
        const team = await syncTables(database).state.get(TEAM_STATE_KEY);
        const member = team?.value as { databaseName?: unknown } | undefined;
        if (member?.databaseName !== options.fromDatabase) {
          report.skipped = changes.length;
          return;
        }
      }
      // The page's organisations as they are here, read once for both duplicate checks.
      const organisationIds = changes
        .filter((change) => change.table === 'organisations')
        .map((change) => change.id);
      const organisationsHere = new Map<string, SyncData | undefined>();
      if (organisationIds.length > 0) {
        const rows = await readIfAny(
          database.table<SyncData, string>('organisations'),
          organisationIds,
        );
        organisationIds.forEach((id, index) => organisationsHere.set(id, rows[index]));
      }
      const keys = changes.map((change) => change.key);
      const [metas, pendings, oldConflicts, duplicates] = await Promise.all([
        syncTables(database).meta.bulkGet(keys),
        readIfAny(syncTables(database).outbox, keys),
        readIfAny(syncTables(database).conflicts, keys),
        findDuplicateOrganisations(database, changes, organisationsHere),
      ]);
      const similar = await findSimilarNames(
        database,
        changes,
        changes.map((_, index) => metas[index] !== undefined || pendings[index] !== undefined),
        duplicates,
        organisationsHere,
      );
      // Local versions are read only where they matter: a pending change, or a record synced
      // before (a private memo's text); a first pull of a team skips these reads entirely.
      const needsLocal = changes.map(
        (change, index) => pendings[index] !== undefined || metas[index] !== undefined,
      );
      const locals = new Map<string, SyncData | undefined>();
      for (const [id, row] of organisationsHere) locals.set(`organisations:${id}`, row);
      for (const table of tables) {
        if (table === 'organisations') continue; // read above
        const ids = changes
          .filter((change, index) => change.table === table && needsLocal[index])
          .map((change) => change.id);
        if (ids.length === 0) continue;
        const rows: (SyncData | undefined)[] = await database.table(table).bulkGet(ids);
        ids.forEach((id, index) => locals.set(`${table}:${id}`, rows[index]));
      }

      const puts = new Map<SyncedTable, SyncData[]>();
      const deletes = new Map<SyncedTable, string[]>();
      const metaPuts: { key: string; rev: string }[] = [];
      const outboxPuts: OutboxEntry[] = [];
      const outboxDeletes: string[] = [];
      const conflicts = new Map<string, SyncConflictEntry>();
      const conflictDeletes: string[] = [];
      const put = (table: SyncedTable, record: SyncData) => {
        const rows = puts.get(table);
        if (rows) rows.push(record);
        else puts.set(table, [record]);
      };
      const remove = (table: SyncedTable, id: string) => {
        const ids = deletes.get(table);
        if (ids) ids.push(id);
        else deletes.set(table, [id]);
      };

      changes.forEach((change, index) => {
        if (metas[index]?.rev === change.rev) {
          report.skipped += 1;
          return;
        }
        const localId = duplicates.get(change.key);
        if (localId !== undefined && change.kind === 'upsert') {
          // Kept aside, not applied: no revision is recorded until the merge applies it.
          report.duplicates += 1;
          conflicts.set(change.key, {
            key: change.key,
            table: change.table,
            id: change.id,
            fields: oldConflicts[index]?.fields ?? [],
            detectedAt: options.at,
            duplicate: { localId, incoming: change.data, rev: change.rev },
          });
          return;
        }
        if (change.kind === 'delete' && oldConflicts[index]?.duplicate) {
          // The duplicate was removed on the server (merged elsewhere): nothing left to merge.
          conflictDeletes.push(change.key);
        }
        const pending = pendings[index];
        const local = locals.get(change.key);
        metaPuts.push({ key: change.key, rev: change.rev });

        if (!pending) {
          report.applied += 1;
          if (change.kind === 'delete') remove(change.table, change.id);
          else
            put(
              change.table,
              withDerivedFields(change.table, keepPrivateText(change.table, local, change.data)),
            );
          return;
        }

        report.merged += 1;
        if (change.kind === 'delete') {
          if (pending.deleted) {
            outboxDeletes.push(change.key);
            return;
          }
          // Deleted there, changed here: the local version stays and goes up again.
          outboxPuts.push({ ...pending, baseRev: change.rev, base: null });
          addConflict(
            conflicts,
            oldConflicts[index],
            change,
            [{ field: DELETED_FIELD, local: false, server: true }],
            options.at,
          );
          return;
        }

        const server = withDerivedFields(change.table, change.data);
        if (pending.deleted || !local) {
          if (
            pending.base &&
            isEqualValue(sharedView(change.table, pending.base), sharedView(change.table, server))
          ) {
            // The server still has what this machine deleted: the deletion goes up as it is.
            outboxPuts.push({ ...pending, baseRev: change.rev });
            return;
          }
          // Deleted here, changed there: the changed record comes back; nothing is lost.
          put(change.table, server);
          outboxDeletes.push(change.key);
          addConflict(
            conflicts,
            oldConflicts[index],
            change,
            [{ field: DELETED_FIELD, local: true, server: false }],
            options.at,
          );
          return;
        }

        const { merged, conflicts: fields } = mergeRecord(
          pending.base,
          local,
          keepPrivateText(change.table, local, server),
          DERIVED_FIELDS[change.table] ?? [],
        );
        const result = withDerivedFields(change.table, merged);
        put(change.table, result);
        if (fields.length > 0)
          addConflict(conflicts, oldConflicts[index], change, fields, options.at);
        if (isEqualValue(sharedView(change.table, result), sharedView(change.table, server))) {
          outboxDeletes.push(change.key);
        } else {
          outboxPuts.push({ ...pending, baseRev: change.rev, base: change.data });
        }
      });

      for (const change of changes) {
        const localId = similar.get(change.key);
        if (localId === undefined || change.kind !== 'upsert') continue;
        report.duplicates += 1;
        conflicts.set(change.key, {
          key: change.key,
          table: change.table,
          id: change.id,
          fields: [],
          detectedAt: options.at,
          duplicate: { localId, incoming: change.data, rev: change.rev, similarName: true },
        });
      }
      const deletedOrganisations = new Set(deletes.get('organisations') ?? []);
      if (deletedOrganisations.size > 0) {
        // A possible duplicate of an organisation deleted now (merged elsewhere) is no longer one.
        const gone = await syncTables(database)
          .conflicts.filter(
            (entry) =>
              entry.duplicate?.similarName === true &&
              deletedOrganisations.has(entry.duplicate.localId),
          )
          .primaryKeys();
        conflictDeletes.push(...gone);
      }

      for (const [table, ids] of deletes) await database.table(table).bulkDelete(ids);
      for (const [table, rows] of puts) await database.table(table).bulkPut(rows);
      if (metaPuts.length > 0) await syncTables(database).meta.bulkPut(metaPuts);
      if (outboxDeletes.length > 0) await syncTables(database).outbox.bulkDelete(outboxDeletes);
      if (outboxPuts.length > 0) await syncTables(database).outbox.bulkPut(outboxPuts);
      if (conflictDeletes.length > 0)
        await syncTables(database).conflicts.bulkDelete(conflictDeletes);
      if (conflicts.size > 0) await syncTables(database).conflicts.bulkPut([...conflicts.values()]);
      report.conflicts = conflicts.size - report.duplicates;
      if (options.checkpoint !== undefined) {
        await syncTables(database).state.put({ key: CHECKPOINT_KEY, value: options.checkpoint });
      }
    },
  );
  return report;
}
