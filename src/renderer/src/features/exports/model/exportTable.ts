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

/** A sheet whose typed cells are built a slice at a time, as the file writer asks for them. */
export type LazyExportSheet = Omit<ExportSheet, 'rows'> & {
  rowCount: number;
  rowsAt: (start: number, end: number) => ExportValue[][];
};

/**
 * A sheet of the chosen columns, in the chosen order, for rows already in list order. Cells are
 * built only for the slice being written, so no second copy of every row is held.
 */
export function lazyExportSheet<Row>(
  name: string,
  columns: readonly ExportColumn<Row>[],
  headers: Readonly<Record<string, string>>,
  rows: readonly Row[],
  labels: ExportLabels,
): LazyExportSheet {
  return {
    name,
    headers: columns.map((column) => headers[column.id] ?? column.id),
    kinds: columns.map((column) => column.kind),
    rowCount: rows.length,
    rowsAt: (start, end) =>
      rows.slice(start, end).map((row) => columns.map((column) => column.value(row, labels))),
  };
}
