import { findExistingRecords } from './data/importRepository';
import { convertRows, lookupKeys } from './model/convertRows';
import type { ColumnMapping } from './model/importFields';
import type { DuplicatePolicy } from './model/mergeOrganisation';
import type { SheetTable } from './model/parseCsv';
import { planImport, type ImportPlan, type PlanRow } from './model/planImport';
import type { ConversionContext } from './model/rowDraft';
import { nowIso } from '../../lib/dates';
import { newId } from '../../lib/ids';
import { nextTask } from '../../lib/nextTask';

export type DryRunInput = {
  table: SheetTable;
  mapping: ColumnMapping;
  context: ConversionContext;
  policy: DuplicatePolicy;
  actorId: string | null;
  onProgress: (done: number, total: number) => void;
};

const CHUNK = 500;

/** Lets the browser paint the progress bar between chunks of a large file. */
/**
 * The dry run: converts every row (in chunks, yielding to the UI), reads the stored organisations
 * the rows may repeat, and plans every write. Nothing is written.
 */
export async function runDryRun(input: DryRunInput): Promise<ImportPlan> {
  const { table, mapping, context, policy, actorId, onProgress } = input;
  const rows: PlanRow[] = [];
  const total = table.rows.length;
  for (let start = 0; start < total; start += CHUNK) {
    rows.push(...convertRows(table.rows.slice(start, start + CHUNK), mapping, context));
    onProgress(rows.length, total);
    await nextTask();
  }
  const keys = lookupKeys(rows);
  const existing = await findExistingRecords(keys.orgNumbers, keys.nameKeys);
  return planImport(rows, existing, { policy, actorId, at: nowIso(), newId });
}
