import { swedishSortKey } from '../../../domain/swedishText';
import { convertRow } from './convertRow';
import { mapRow, type ColumnMapping } from './importFields';
import type { SheetRow } from './parseCsv';
import type { PlanRow } from './planImport';
import type { ConversionContext } from './rowDraft';

/** Converts a slice of the file's rows; the caller chunks large files to keep the UI responsive. */
export function convertRows(
  rows: SheetRow[],
  mapping: ColumnMapping,
  ctx: ConversionContext,
): PlanRow[] {
  return rows.map((row) => {
    const mapped = mapRow(row.cells, mapping);
    return { number: row.number, mapped, conversion: convertRow(mapped, ctx) };
  });
}

/** The organisationsnummer and name keys to look up in the database for the duplicate check. */
export function lookupKeys(rows: PlanRow[]): { orgNumbers: string[]; nameKeys: string[] } {
  const orgNumbers = new Set<string>();
  const nameKeys = new Set<string>();
  for (const row of rows) {
    if (!row.conversion.ok) continue;
    const { orgNumber, name } = row.conversion.draft.organisation;
    if (orgNumber) orgNumbers.add(orgNumber);
    nameKeys.add(swedishSortKey(name));
  }
  return { orgNumbers: [...orgNumbers], nameKeys: [...nameKeys] };
}
