import { db } from '../../../db/db';
import type { SyncData, SyncedTable } from '../../../domain/syncRecords';

/** The words a navigator knows a record by: a name, a title, or the date of a call. */
function labelOf(record: SyncData | undefined, id: string): string {
  if (!record) return id;
  for (const field of ['name', 'title', 'key', 'occurredAt', 'dueDate']) {
    const value = record[field];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return id;
}

/** Labels for records named by table and id, read in one pass per table. */
export async function recordLabels(
  refs: readonly { table: SyncedTable; id: string }[],
): Promise<Map<string, string>> {
  const byTable = new Map<SyncedTable, string[]>();
  for (const { table, id } of refs) byTable.set(table, [...(byTable.get(table) ?? []), id]);
  const labels = new Map<string, string>();
  for (const [table, ids] of byTable) {
    const rows = (await db.table(table).bulkGet(ids)) as (SyncData | undefined)[];
    ids.forEach((id, index) => labels.set(`${table}:${id}`, labelOf(rows[index], id)));
  }
  return labels;
}
