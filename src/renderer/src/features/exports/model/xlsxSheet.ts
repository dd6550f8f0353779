import type { ExportKind, ExportSheet, ExportValue, LazyExportSheet } from './exportTable';
import { columnLetters, headerRowXml, rowXml } from './xlsxXml';

/**
 * Rows of one sheet, handed out a slice at a time: the whole register is never built as a second
 * copy of typed rows, only the slice being written.
 */
export type SheetSource = LazyExportSheet;

/** What the writer needs to go on between slices: a pause for the page, a way to stop. */
export type SheetWriting = {
  chunkSize: number;
  pause: () => Promise<void>;
  signal?: AbortSignal;
  onRows: (written: number) => void;
};

const MIN_WIDTH = 8;
const MAX_WIDTH = 50;
/** Widths come from the header and the first rows; reading all 200 000 would add nothing. */
const WIDTH_SAMPLE = 500;

export function sheetSource(sheet: ExportSheet): SheetSource {
  return {
    ...sheet,
    rowCount: sheet.rows.length,
    rowsAt: (start, end) => sheet.rows.slice(start, end),
  };
}

function displayLength(value: ExportValue, kind: ExportKind): number {
  if (value === null) return 0;
  if (kind === 'date') return 10;
  if (kind === 'dateTime') return 16;
  if (typeof value === 'number') return Math.round(value).toLocaleString('sv-SE').length;
  return Math.max(...value.split(/\r?\n/).map((line) => line.length));
}

/** Column widths in characters, from the header and a sample of the first rows. */
export function columnWidths(source: SheetSource): number[] {
  const sample = source.rowsAt(0, Math.min(source.rowCount, WIDTH_SAMPLE));
  return source.headers.map((header, index) => {
    const kind = source.kinds[index] ?? 'text';
    let widest = header.length;
    for (const row of sample) widest = Math.max(widest, displayLength(row[index] ?? null, kind));
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
  });
}

function sheetHead(source: SheetSource, letters: readonly string[]): string {
  const last = letters.at(-1) ?? 'A';
  const cols = columnWidths(source)
    .map(
      (width, index) =>
        `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`,
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<dimension ref="A1:${last}${source.rowCount + 1}"/>` +
    // The header row stays in view while scrolling (frozen below row 1).
    '<sheetViews><sheetView workbookViewId="0">' +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${headerRowXml(source.headers, letters)}`
  );
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}

/**
 * The worksheet XML as UTF-8, a slice of rows at a time, each slice handed to `write` (which
 * compresses it) with a pause between slices.
 */
export async function writeSheetXml(
  source: SheetSource,
  writing: SheetWriting,
  write: (bytes: Uint8Array<ArrayBuffer>) => Promise<void>,
): Promise<void> {
  const encoder = new TextEncoder();
  const letters = source.headers.map((_, index) => columnLetters(index));
  await write(encoder.encode(sheetHead(source, letters)));
  for (let start = 0; start < source.rowCount; start += writing.chunkSize) {
    writing.signal?.throwIfAborted();
    const rows = source.rowsAt(start, Math.min(source.rowCount, start + writing.chunkSize));
    let xml = '';
    for (const [offset, row] of rows.entries())
      xml += rowXml(start + offset + 2, row, source.kinds, letters);
    await write(encoder.encode(xml));
    writing.onRows(rows.length);
    await writing.pause();
  }
  const filter = letters.length > 0 ? `<autoFilter ref="A1:${letters.at(-1) ?? 'A'}1"/>` : '';
  await write(encoder.encode(`</sheetData>${filter}</worksheet>`));
}

/** Used by the workbook for the sheet's hidden filter name. */
export const lastColumnLetter = (source: SheetSource) =>
  source.headers.length > 0 ? columnLetters(source.headers.length - 1) : 'A';
