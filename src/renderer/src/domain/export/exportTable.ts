import type { ExportLabels } from './exportLabels';

/**
 * What an exported cell holds. The kind decides how the value is written: text as text, integers
 * and amounts as plain numbers, dates as `yyyy-MM-dd` and local times as `yyyy-MM-dd HH:mm`.
 */
export type ExportKind = 'text' | 'integer' | 'amount' | 'date' | 'dateTime';

/** A typed cell: a string, a number, or null for empty. Dates are local ISO strings (see above). */
export type ExportValue = string | number | null;

/** One column an entity can be exported with. */
export type ExportColumn<Row> = {
  id: string;
  kind: ExportKind;
  value: (row: Row, labels: ExportLabels) => ExportValue;
};

/** One sheet (or one CSV file): headers, kinds and rows of typed cells. */
export type ExportSheet = {
  name: string;
  headers: string[];
  kinds: ExportKind[];
  rows: ExportValue[][];
};

/** Builds a sheet from the chosen columns, in the chosen order, for rows already in list order. */
export function buildExportSheet<Row>(
  name: string,
  columns: readonly ExportColumn<Row>[],
  headers: Readonly<Record<string, string>>,
  rows: readonly Row[],
  labels: ExportLabels,
): ExportSheet {
  return {
    name,
    headers: columns.map((column) => headers[column.id] ?? column.id),
    kinds: columns.map((column) => column.kind),
    rows: rows.map((row) => columns.map((column) => column.value(row, labels))),
  };
}
