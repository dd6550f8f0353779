import Papa from 'papaparse';
import { containsPersonnummer } from '../../../domain/sensitiveText';
import type { SheetTable } from './parseCsv';

/** Cells starting like a formula are prefixed with ' so Excel shows them as text (CSV injection). */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export type ReportLabels = {
  row: string;
  reason: string;
  /** Put where a personnummer was, e.g. "(personnummer borttaget)". */
  removed: string;
  /** Added to the reason of a row that had one, so the user knows why the cell changed. */
  removedNote: string;
};

/**
 * Data minimisation: a personnummer never leaves the app in a report, not even one the user typed
 * into the file. Every word that holds one is replaced; the rest of the cell stays.
 */
export function withoutPersonnummer(cell: string, removed: string): string {
  if (!containsPersonnummer(cell)) return cell;
  return cell
    .split(/(\s+)/)
    .map((word) => (containsPersonnummer(word) ? removed : word))
    .join('');
}

/**
 * The rejected rows as a CSV for Swedish Excel (UTF-8 with BOM, `;`, CRLF): the row number, the
 * original cells (without personnummer), and the reason last — fix the cells, delete the two extra
 * columns, import again.
 */
export function errorReportCsv(
  table: SheetTable,
  rejected: Map<number, string>,
  labels: ReportLabels,
): string {
  const rows = table.rows
    .filter((row) => rejected.has(row.number))
    .map((row) => {
      const original = table.headers.map((_, index) => row.cells[index] ?? '');
      const cells = original.map((cell) => withoutPersonnummer(cell, labels.removed));
      const wasRemoved = cells.some((cell, index) => cell !== original[index]);
      const reason = rejected.get(row.number) ?? '';
      return [
        String(row.number),
        ...cells.map(neutraliseCell),
        neutraliseCell(wasRemoved ? `${reason} ${labels.removedNote}` : reason),
      ];
    });
  const csv = Papa.unparse([[labels.row, ...table.headers, labels.reason], ...rows], {
    delimiter: ';',
    newline: '\r\n',
  });
  return `\uFEFF${csv}\r\n`;
}
