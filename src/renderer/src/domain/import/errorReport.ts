import Papa from 'papaparse';
import type { SheetTable } from './parseCsv';

/** Cells starting like a formula are prefixed with ' so Excel shows them as text (CSV injection). */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export type ReportLabels = { row: string; reason: string };

/**
 * The rejected rows as a CSV for Swedish Excel (UTF-8 with BOM, `;`, CRLF): the row number, the
 * original cells, and the reason last — fix the cells, delete the two extra columns, import again.
 */
export function errorReportCsv(
  table: SheetTable,
  rejected: Map<number, string>,
  labels: ReportLabels,
): string {
  const rows = table.rows
    .filter((row) => rejected.has(row.number))
    .map((row) => [
      String(row.number),
      ...table.headers.map((_, index) => neutraliseCell(row.cells[index] ?? '')),
      neutraliseCell(rejected.get(row.number) ?? ''),
    ]);
  const csv = Papa.unparse([[labels.row, ...table.headers, labels.reason], ...rows], {
    delimiter: ';',
    newline: '\r\n',
  });
  return `\uFEFF${csv}\r\n`;
}
