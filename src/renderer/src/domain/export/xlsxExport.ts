import type { Workbook, Worksheet } from 'exceljs';
import { wallClockDate } from './localTime';
import type { ExportKind, ExportSheet, ExportValue } from './exportTable';

/**
 * Number formats are stored in the file in Excel's neutral notation: "#,##0" shows as "12 345" in a
 * Swedish Excel (its own thousands separator), dates as ISO dates.
 */
export const XLSX_FORMATS: Record<ExportKind, string | undefined> = {
  text: undefined,
  integer: '0',
  amount: '#,##0',
  date: 'yyyy-mm-dd',
  dateTime: 'yyyy-mm-dd hh:mm',
};

const MIN_WIDTH = 8;
const MAX_WIDTH = 50;
/** Widths come from the header and the first rows; reading all 50 000 would add nothing. */
const WIDTH_SAMPLE = 500;

type ExcelModule = typeof import('exceljs');

/** exceljs is large: loaded on the first XLSX export only. Its browser build is CommonJS. */
async function loadExcel(): Promise<ExcelModule> {
  const loaded: ExcelModule & { default?: ExcelModule } = await import('exceljs');
  return loaded.default?.Workbook ? loaded.default : loaded;
}

/** Excel forbids : \ / ? * [ ] in sheet names and allows at most 31 characters. */
export function sheetName(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .replace(/[:\\/?*[\]]/g, ' ')
      .trim()
      .slice(0, 31) || 'Blad';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1)
    candidate = `${base.slice(0, 28)} ${n}`;
  return candidate;
}

/** The typed cell value: numbers stay numbers, dates become Dates, text stays text. */
export function xlsxCell(value: ExportValue, kind: ExportKind): string | number | Date | null {
  if (value === null) return null;
  if ((kind === 'date' || kind === 'dateTime') && typeof value === 'string')
    return wallClockDate(value) ?? value;
  return value;
}

function displayLength(value: ExportValue, kind: ExportKind): number {
  if (value === null) return 0;
  if (kind === 'date') return 10;
  if (kind === 'dateTime') return 16;
  if (typeof value === 'number') return Math.round(value).toLocaleString('sv-SE').length;
  return Math.max(...value.split(/\r?\n/).map((line) => line.length));
}

function columnWidth(sheet: ExportSheet, index: number): number {
  const kind = sheet.kinds[index] ?? 'text';
  let widest = (sheet.headers[index] ?? '').length;
  for (const row of sheet.rows.slice(0, WIDTH_SAMPLE))
    widest = Math.max(widest, displayLength(row[index] ?? null, kind));
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
}

function addSheet(workbook: Workbook, sheet: ExportSheet, name: string): Worksheet {
  const worksheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
  });
  worksheet.columns = sheet.headers.map((header, index) => {
    const format = XLSX_FORMATS[sheet.kinds[index] ?? 'text'];
    return {
      header,
      width: columnWidth(sheet, index),
      style: format ? { numFmt: format } : {},
    };
  });
  worksheet.getRow(1).font = { bold: true };
  worksheet.addRows(
    sheet.rows.map((row) =>
      row.map((value, index) => xlsxCell(value, sheet.kinds[index] ?? 'text')),
    ),
  );
  if (sheet.headers.length > 0) {
    worksheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: 1, column: sheet.headers.length },
    };
  }
  return worksheet;
}

/** One workbook, one sheet per entity, as the bytes of an .xlsx file. */
export async function toXlsx(sheets: readonly ExportSheet[]): Promise<Uint8Array> {
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  workbook.creator = 'Lotsbok';
  const taken = new Set<string>();
  for (const sheet of sheets) {
    const name = sheetName(sheet.name, taken);
    taken.add(name.toLowerCase());
    addSheet(workbook, sheet, name);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
