import { decodeText, isZip, looksBinary, type TextEncodingName } from './decodeText';
import { detectDelimiter, parseCsv, type CsvDelimiter, type SheetTable } from './parseCsv';

export type ReadOptions = { encoding?: TextEncodingName; delimiter?: CsvDelimiter; sheet?: string };

export type SpreadsheetError = 'empty' | 'binary' | 'xlsxUnreadable' | 'noHeaders' | 'noRows';

export type ReadSpreadsheet =
  | {
      ok: true;
      kind: 'csv';
      encoding: TextEncodingName;
      delimiter: CsvDelimiter;
      table: SheetTable;
    }
  | { ok: true; kind: 'xlsx'; sheetNames: string[]; sheetName: string; table: SheetTable }
  | { ok: false; error: SpreadsheetError };

function checked(table: SheetTable): SpreadsheetError | null {
  if (table.headers.every((header) => header === '')) return 'noHeaders';
  if (table.rows.length === 0) return 'noRows';
  return null;
}

/** Bytes of a chosen file to a table: xlsx by its zip signature, otherwise decoded CSV text. */
export async function readSpreadsheet(
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<ReadSpreadsheet> {
  if (bytes.length === 0) return { ok: false, error: 'empty' };
  if (isZip(bytes)) {
    try {
      // exceljs is large: it loads only when an .xlsx file is opened.
      const { readXlsx } = await import('./readXlsx');
      const content = await readXlsx(bytes, options.sheet);
      const error = checked(content.table);
      return error ? { ok: false, error } : { ok: true, kind: 'xlsx', ...content };
    } catch {
      return { ok: false, error: 'xlsxUnreadable' };
    }
  }
  if (looksBinary(bytes)) return { ok: false, error: 'binary' };
  const { text, encoding } = decodeText(bytes, options.encoding);
  if (text.trim() === '') return { ok: false, error: 'empty' };
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const table = parseCsv(text, delimiter);
  const error = checked(table);
  return error ? { ok: false, error } : { ok: true, kind: 'csv', encoding, delimiter, table };
}
