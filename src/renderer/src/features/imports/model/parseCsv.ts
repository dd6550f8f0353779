import Papa from 'papaparse';

export const CSV_DELIMITERS = [';', ',', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** One data row and its row number in the spreadsheet (the header is row 1). */
export type SheetRow = { number: number; cells: string[] };

/** A table read from a file: the header row and the non-empty data rows (cells as text). */
export type SheetTable = { headers: string[]; rows: SheetRow[] };

/**
 * The delimiter that splits the first lines most consistently: the one giving the same number of
 * columns (more than one) on every sampled line, most columns winning. Quotes are respected.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const sample = text.slice(0, 20_000);
  let best: { delimiter: CsvDelimiter; score: number } = { delimiter: ';', score: -1 };
  for (const delimiter of CSV_DELIMITERS) {
    const parsed = Papa.parse<string[]>(sample, { delimiter, preview: 10, skipEmptyLines: true });
    const counts = parsed.data.map((row) => row.length);
    const first = counts[0] ?? 0;
    if (first < 2) continue;
    const consistent = counts.filter((count) => count === first).length / counts.length;
    const score = consistent * 100 + first;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

function isBlank(row: string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}

/** Parses CSV text (quoted fields with line breaks and delimiters allowed) into a table. */
export function parseCsv(text: string, delimiter: CsvDelimiter): SheetTable {
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  return toSheetTable(parsed.data);
}

/** The first non-empty row is the header; empty rows are left out but keep the numbering. */
export function toSheetTable(records: string[][]): SheetTable {
  const headerIndex = records.findIndex((row) => !isBlank(row));
  if (headerIndex < 0) return { headers: [], rows: [] };
  const headers = (records[headerIndex] ?? []).map((cell) => cell.trim());
  const rows: SheetRow[] = [];
  for (let index = headerIndex + 1; index < records.length; index++) {
    const cells = records[index] ?? [];
    if (!isBlank(cells)) rows.push({ number: index + 1, cells });
  }
  return { headers, rows };
}
