import Papa from 'papaparse';
import { neutraliseFormula } from './neutraliseFormula';
import type { ExportKind, ExportSheet, ExportValue } from './exportTable';

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
