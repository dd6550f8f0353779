import type { ExportKind, ExportSheet } from './exportTable';
import {
  contentTypesXml,
  corePropertiesXml,
  rootRelsXml,
  stylesXml,
  workbookRelsXml,
  workbookXml,
} from './xlsxParts';
import { openXlsxPackage } from './xlsxPackage';
import { lastColumnLetter, sheetSource, writeSheetXml, type SheetSource } from './xlsxSheet';
import { nextTask } from '../../../lib/nextTask';

/**
 * Number formats are stored in the file in Excel's neutral notation: "#,##0" shows as "12 345" in a
 * Swedish Excel (its own thousands separator), dates as ISO dates.
 */
const NUMBER_FORMATS = {
  integer: '0',
  amount: '#,##0',
  date: 'yyyy-mm-dd',
  dateTime: 'yyyy-mm-dd hh:mm',
} as const;
export const XLSX_FORMATS: Record<ExportKind, string | undefined> = {
  text: undefined,
  ...NUMBER_FORMATS,
};

/** Excel's limit: 1 048 576 rows per sheet, the header row included. */
export const XLSX_MAX_ROWS = 1_048_576;

/** Rows are turned into XML this many at a time, with a pause between, so the page stays live. */
export const XLSX_CHUNK = 2000;

export type XlsxProgress =
  { phase: 'writing'; done: number; total: number } | { phase: 'packing'; percent: number };

export type XlsxOptions = {
  /** Rows per sheet, header included; a larger table continues on "Samtal 2", "Samtal 3"… */
  maxRowsPerSheet?: number;
  chunkSize?: number;
  onProgress?: (progress: XlsxProgress) => void;
  /** Stops between slices of rows (throws the signal's reason); nothing is returned then. */
  signal?: AbortSignal;
  pause?: () => Promise<void>;
};

/** Excel forbids : \ / ? * [ ] in sheet names and allows at most 31 characters. */
export function sheetName(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .replace(/[:\\/?*[\]]/g, ' ')
      .trim()
      .slice(0, 31) || 'Blad';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1)
    candidate = `${base.slice(0, 31 - ` ${n}`.length)} ${n}`;
  return candidate;
}

/** How many sheets a table of `rowCount` rows needs, each with its own header row. */
export function sheetsNeeded(rowCount: number, maxRowsPerSheet = XLSX_MAX_ROWS): number {
  return Math.max(1, Math.ceil(rowCount / (maxRowsPerSheet - 1)));
}

/** A table too long for one sheet, as consecutive parts that each fit. */
function splitSource(source: SheetSource, maxRowsPerSheet: number): SheetSource[] {
  const perSheet = maxRowsPerSheet - 1;
  return Array.from({ length: sheetsNeeded(source.rowCount, maxRowsPerSheet) }, (_, part) => {
    const offset = part * perSheet;
    return {
      ...source,
      rowCount: Math.min(perSheet, source.rowCount - offset),
      rowsAt: (start, end) => source.rowsAt(offset + start, offset + end),
    };
  });
}

/** One workbook, one sheet per entity (more if a table outgrows a sheet), as .xlsx bytes. */
export async function toXlsx(
  sheets: readonly (ExportSheet | SheetSource)[],
  options: XlsxOptions = {},
): Promise<Uint8Array> {
  const { maxRowsPerSheet = XLSX_MAX_ROWS, chunkSize = XLSX_CHUNK, onProgress, signal } = options;
  const sources = sheets.flatMap((sheet) =>
    splitSource('rows' in sheet ? sheetSource(sheet) : sheet, maxRowsPerSheet),
  );
  const taken = new Set<string>();
  const named = sources.map((source) => {
    const name = sheetName(source.name, taken);
    taken.add(name.toLowerCase());
    return { ...source, name };
  });
  const total = named.reduce((sum, source) => sum + source.rowCount, 0);
  let done = 0;
  const zip = openXlsxPackage();
  for (const [index, source] of named.entries()) {
    const entry = zip.entry(`xl/worksheets/sheet${index + 1}.xml`);
    const writing = {
      chunkSize,
      pause: options.pause ?? nextTask,
      signal,
      onRows: (written: number) => {
        done += written;
        onProgress?.({ phase: 'writing', done, total });
      },
    };
    await writeSheetXml(source, writing, entry.write);
    await entry.close();
  }
  const infos = named.map((source) => ({ name: source.name, columnCount: source.headers.length }));
  await zip.add('[Content_Types].xml', contentTypesXml(named.length));
  await zip.add('_rels/.rels', rootRelsXml());
  await zip.add('docProps/core.xml', corePropertiesXml('Lotsbok', new Date().toISOString()));
  await zip.add('xl/workbook.xml', workbookXml(infos, named.map(lastColumnLetter)));
  await zip.add('xl/_rels/workbook.xml.rels', workbookRelsXml(named.length));
  await zip.add('xl/styles.xml', stylesXml(NUMBER_FORMATS));
  signal?.throwIfAborted();
  const bytes = await zip.finish((percent) => onProgress?.({ phase: 'packing', percent }));
  signal?.throwIfAborted();
  return bytes;
}
