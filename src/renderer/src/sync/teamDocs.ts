import { z } from 'zod';
import {
  outboxKey,
  parseDocId,
  primaryKeyOf,
  type SyncData,
  type SyncedTable,
} from '../domain/syncRecords';

/**
 * One CouchDB document per shared record (the contract scripts/couch/teamDatabase.mjs enforces on
 * the server): `_id` `<table>:<id>`, `type` the table, `updatedBy` the signed-in server user,
 * `data` the record. What arrives from the server is checked here before it touches IndexedDB.
 */
export type TeamDoc = {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  type: SyncedTable;
  updatedBy: string;
  updatedAt?: string;
  data?: SyncData;
};

const text = z.string();
const DATA_SCHEMAS = {
  navigators: z.looseObject({ id: text, name: text }),
  organisations: z.looseObject({ id: text, name: text, status: text }),
  contactPersons: z.looseObject({ id: text, organisationId: text, name: text, status: text }),
  inquiries: z.looseObject({ id: text, organisationId: text, title: text, stage: text }),
  calls: z.looseObject({ id: text, organisationId: text, occurredAt: text, noteKind: text }),
  followUps: z.looseObject({ id: text, organisationId: text, dueDate: text, status: text }),
  priorityAreas: z.looseObject({ id: text, name: text }),
  units: z.looseObject({ id: text, name: text }),
  events: z.looseObject({ id: text, at: text, entityType: text, entityId: text, kind: text }),
  settings: z.looseObject({ key: text, value: z.unknown() }),
  briefs: z.looseObject({ id: text, kind: text }),
} satisfies Record<SyncedTable, z.ZodType<SyncData>>;

export type IncomingChange =
  | { kind: 'upsert'; table: SyncedTable; id: string; key: string; rev: string; data: SyncData }
  | { kind: 'delete'; table: SyncedTable; id: string; key: string; rev: string };

export type RejectedDoc = { docId: string; reason: string };

const incomingDocSchema = z.object({
  _id: z.string(),
  _rev: z.string(),
  _deleted: z.boolean().optional(),
  data: z.unknown().optional(),
});

/** Turns a server document into a change to apply, or says why it cannot be taken. */
export function parseIncomingDoc(raw: unknown): IncomingChange | RejectedDoc | null {
  const doc = incomingDocSchema.safeParse(raw);
  if (!doc.success) return { docId: '?', reason: 'Dokumentet saknar _id eller _rev.' };
  const { _id, _rev, _deleted, data } = doc.data;
  if (_id.startsWith('_design/')) return null;
  const parsedId = parseDocId(_id);
  if (!parsedId) return { docId: _id, reason: 'Okänd dokumenttyp.' };
  const { table, id } = parsedId;
  const key = outboxKey(table, id);
  if (_deleted) return { kind: 'delete', table, id, key, rev: _rev };
  const checked = DATA_SCHEMAS[table].safeParse(data);
  if (!checked.success) {
    const field = checked.error.issues[0]?.path.join('.') || 'data';
    return { docId: _id, reason: `Fältet ”${field}” saknas eller har fel typ.` };
  }
  if (primaryKeyOf(table, checked.data) !== id) {
    return { docId: _id, reason: 'Dokumentets id stämmer inte med innehållet.' };
  }
  return { kind: 'upsert', table, id, key, rev: _rev, data: checked.data };
}

export function isRejected(change: IncomingChange | RejectedDoc): change is RejectedDoc {
  return 'reason' in change;
}

/** The text of a private minnesanteckning stays on the machine (TF 2 kap. 12 §). */
export function isPrivateCall(record: SyncData | undefined): boolean {
  return record?.['noteKind'] === 'minnesanteckning';
}

/** A record as it leaves the machine: private text removed. */
export function shareableData(
  table: SyncedTable,
  record: SyncData,
  isCallPrivate: (callId: string) => boolean,
): SyncData {
  if (table === 'calls' && isPrivateCall(record)) return { ...record, summary: '' };
  if (table === 'events' && record['entityType'] === 'call') {
    const callId = String(record['entityId']);
    if (!isCallPrivate(callId)) return record;
    const changes = Array.isArray(record['changes']) ? record['changes'] : [];
    return {
      ...record,
      summary: '',
      changes: changes.map((change: unknown) =>
        isSummaryChange(change) ? { field: 'summary', from: '', to: '' } : change,
      ),
    };
  }
  return record;
}

function isSummaryChange(change: unknown): boolean {
  return typeof change === 'object' && change !== null && 'field' in change
    ? change.field === 'summary'
    : false;
}

export function toTeamDoc(options: {
  table: SyncedTable;
  id: string;
  rev: string | null;
  data: SyncData | null;
  userName: string;
  at: string;
}): TeamDoc {
  const { table, id, rev, data, userName, at } = options;
  const doc: TeamDoc = { _id: outboxKey(table, id), type: table, updatedBy: userName };
  if (rev) doc._rev = rev;
  if (data === null) {
    doc._deleted = true;
  } else {
    doc.updatedAt = at;
    doc.data = data;
  }
  return doc;
}
