import { wallClockDate } from './localTime';
import type { ExportKind, ExportValue } from './exportTable';

/**
 * The cell-level XML of a worksheet (SpreadsheetML). Cells are written as text, so a sheet of
 * 200 000 rows is a few string joins per chunk instead of an object per cell.
 */

/** Excel keeps at most 32 767 characters in a cell; more makes it "repair" the file. */
export const XLSX_MAX_CELL_TEXT = 32_767;

/** Style ids in styles.xml (see xlsxParts.ts): 0 plain, 1 bold header, then one per kind. */
export const XLSX_STYLE_IDS: Record<ExportKind, number> = {
  text: 0,
  integer: 2,
  amount: 3,
  date: 4,
  dateTime: 5,
};
export const XLSX_HEADER_STYLE = 1;

// XML 1.0 forbids most control characters and lone surrogates; Excel refuses a file with them.
const INVALID_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  /[\0-\x08\v\f\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as XML character data: escaped, without characters XML cannot hold. */
export function xmlText(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** "A", "B" … "Z", "AA" … for a 0-based column index. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** A local "yyyy-MM-dd" or "yyyy-MM-dd HH:mm" as Excel's day number (no time zone, as Excel). */
export function excelSerial(value: string): number | null {
  const date = wallClockDate(value);
  return date ? (date.getTime() - EXCEL_EPOCH) / DAY_MS : null;
}

function inlineString(ref: string, text: string, style: number): string {
  const styleAttribute = style ? ` s="${style}"` : '';
  const safe = xmlText(text.length > XLSX_MAX_CELL_TEXT ? text.slice(0, XLSX_MAX_CELL_TEXT) : text);
  return `<c r="${ref}"${styleAttribute} t="inlineStr"><is><t xml:space="preserve">${safe}</t></is></c>`;
}

/** One typed cell: numbers and dates as numbers with their format, text inline; '' when empty. */
export function cellXml(ref: string, value: ExportValue, kind: ExportKind): string {
  if (value === null || value === '') return '';
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? `<c r="${ref}" s="${XLSX_STYLE_IDS[kind]}"><v>${value}</v></c>`
      : '';
  }
  if (kind === 'date' || kind === 'dateTime') {
    const serial = excelSerial(value);
    if (serial !== null) return `<c r="${ref}" s="${XLSX_STYLE_IDS[kind]}"><v>${serial}</v></c>`;
  }
  return inlineString(ref, value, 0);
}

/** One row of cells; `rowNumber` is Excel's (1 is the header). */
export function rowXml(
  rowNumber: number,
  values: readonly ExportValue[],
  kinds: readonly ExportKind[],
  letters: readonly string[],
): string {
  let cells = '';
  for (let index = 0; index < values.length; index += 1)
    cells += cellXml(
      `${letters[index] ?? columnLetters(index)}${rowNumber}`,
      values[index] ?? null,
      kinds[index] ?? 'text',
    );
  return `<row r="${rowNumber}">${cells}</row>`;
}

/** The bold header row. */
export function headerRowXml(headers: readonly string[], letters: readonly string[]): string {
  const cells = headers
    .map((header, index) =>
      inlineString(`${letters[index] ?? columnLetters(index)}1`, header, XLSX_HEADER_STYLE),
    )
    .join('');
  return `<row r="1">${cells}</row>`;
}
