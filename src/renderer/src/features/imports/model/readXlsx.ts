import ExcelJS from 'exceljs';
import { toSheetTable, type SheetTable } from './parseCsv';

export type XlsxContent = { sheetNames: string[]; sheetName: string; table: SheetTable };

const pad = (n: number) => String(n).padStart(2, '0');

/** Excel stores dates as UTC midnight; keep the calendar date (and a time when there is one). */
function dateText(date: Date): string {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const hasTime = date.getUTCHours() !== 0 || date.getUTCMinutes() !== 0;
  return hasTime ? `${day} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}` : day;
}

/** A cell as the text the row conversion reads (numbers with a decimal comma, dates ISO). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return cellText(value.result ?? null);
  if ('text' in value && typeof value.text === 'string') return value.text;
  return '';
}

function tableOf(sheet: ExcelJS.Worksheet): SheetTable {
  const records: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column++) {
      cells.push(cellText(row.getCell(column).value));
    }
    records[rowNumber - 1] = cells;
  });
  return toSheetTable(Array.from(records, (cells) => cells ?? []));
}

/**
 * Reads one sheet of an .xlsx file into a table of text cells: the named one, or else the first
 * that has data rows (a workbook often starts with an info sheet).
 */
export async function readXlsx(bytes: Uint8Array, sheetName?: string): Promise<XlsxContent> {
  const workbook = new ExcelJS.Workbook();
  // exceljs wants an ArrayBuffer-backed buffer; copy so a shared or offset view is safe.
  await workbook.xlsx.load(bytes.slice().buffer);
  const sheets = workbook.worksheets;
  const sheetNames = sheets.map((candidate) => candidate.name);
  const named = sheets.find((candidate) => candidate.name === sheetName);
  const tables = named ? [{ sheet: named, table: tableOf(named) }] : [];
  for (const sheet of named ? [] : sheets) {
    const table = tableOf(sheet);
    tables.push({ sheet, table });
    if (table.rows.length > 0) break;
  }
  const chosen = tables.find(({ table }) => table.rows.length > 0) ?? tables[0];
  if (!chosen) return { sheetNames, sheetName: '', table: { headers: [], rows: [] } };
  return { sheetNames, sheetName: chosen.sheet.name, table: chosen.table };
}
