import Papa from 'papaparse';
import { neutraliseFormula } from './neutraliseFormula';
import type { ExportKind, ExportSheet, ExportValue, LazyExportSheet } from './exportTable';
import { nextTask } from '../../../lib/nextTask';

/** Excel on a Swedish Windows opens UTF-8 only with a BOM, and splits on semicolons. */
export const CSV_BOM = '\uFEFF';
export const CSV_DELIMITER = ';';
export const CSV_NEWLINE = '\r\n';

/** A number as Swedish Excel reads it: no thousands separators, a decimal comma. */
function csvNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(value).replace('.', ',');
}

/** The text of one cell; only text cells can carry a formula, so only they are neutralised. */
export function csvCell(value: ExportValue, kind: ExportKind): string {
  if (value === null) return '';
  if (typeof value === 'number') return csvNumber(value);
  return kind === 'text' ? neutraliseFormula(value) : value;
}

/** The sheet as CSV for Swedish Excel: BOM, `;`, CRLF, quoted where needed (papaparse). */
export function toCsv(sheet: ExportSheet): string {
  const body = sheet.rows.map((row) =>
    row.map((value, index) => csvCell(value, sheet.kinds[index] ?? 'text')),
  );
  const header = sheet.headers.map((text) => neutraliseFormula(text));
  const text = Papa.unparse([header, ...body], {
    delimiter: CSV_DELIMITER,
    newline: CSV_NEWLINE,
    quotes: false,
  });
  return `${CSV_BOM}${text}`;
}

export type CsvOptions = {
  chunkSize?: number;
  pause?: () => Promise<void>;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
};

/**
 * As toCsv, a slice of rows at a time with a pause between slices: 200 000 calls in one
 * Papa.unparse would hold the page for seconds. Rows are built only as each slice is written.
 */
export async function toCsvInSlices(
  sheet: LazyExportSheet,
  { chunkSize = 2000, pause = nextTask, signal, onProgress }: CsvOptions = {},
): Promise<string> {
  const options = { delimiter: CSV_DELIMITER, newline: CSV_NEWLINE, quotes: false };
  const parts = [Papa.unparse([sheet.headers.map((text) => neutraliseFormula(text))], options)];
  for (let start = 0; start < sheet.rowCount; start += chunkSize) {
    signal?.throwIfAborted();
    const end = Math.min(sheet.rowCount, start + chunkSize);
    const body = sheet
      .rowsAt(start, end)
      .map((row) => row.map((value, index) => csvCell(value, sheet.kinds[index] ?? 'text')));
    parts.push(Papa.unparse(body, options));
    onProgress?.(end, sheet.rowCount);
    await pause();
  }
  return `${CSV_BOM}${parts.join(CSV_NEWLINE)}`;
}
