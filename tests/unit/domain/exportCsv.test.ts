import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, toCsv, toCsvInSlices } from '@renderer/features/exports/model/csvExport';
import type {
  ExportKind,
  ExportSheet,
  ExportValue,
} from '@renderer/features/exports/model/exportTable';
import { sheetSource } from '@renderer/features/exports/model/xlsxSheet';
import { isFormulaLike } from '@renderer/features/exports/model/neutraliseFormula';

const DANGEROUS = ['=', '+', '-', '@', '\t', '\r'];

/** Text that often holds what breaks CSV: separators, quotes, line breaks, formula starts, å ä ö. */
const trickyText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(';', '"', '\r', '\n', '\r\n', ',', ' ', "'", ...DANGEROUS, 'å', 'Ä', 'ö', '€'),
    fc.string({ maxLength: 1 }),
  ),
  maxLength: 12,
});

const KINDS: ExportKind[] = ['text', 'integer', 'amount', 'date', 'dateTime'];

const valueFor = (kind: ExportKind): fc.Arbitrary<ExportValue> => {
  const value: fc.Arbitrary<ExportValue> =
    kind === 'text'
      ? trickyText
      : kind === 'integer' || kind === 'amount'
        ? fc.integer({ min: -10_000_000, max: 10_000_000 })
        : kind === 'date'
          ? fc
              .date({
                min: new Date('2000-01-01'),
                max: new Date('2040-12-31'),
                noInvalidDate: true,
              })
              .map((date) => date.toISOString().slice(0, 10))
          : fc
              .date({
                min: new Date('2000-01-01'),
                max: new Date('2040-12-31'),
                noInvalidDate: true,
              })
              .map((date) => date.toISOString().slice(0, 16).replace('T', ' '));
  return fc.option(value, { nil: null, freq: 5 });
};

const sheets: fc.Arbitrary<ExportSheet> = fc
  .array(fc.constantFrom(...KINDS), { minLength: 2, maxLength: 6 })
  .chain((kinds) =>
    fc.record({
      name: fc.constant('Ärenden'),
      headers: fc.constant(kinds.map((kind, index) => `${kind} ${index + 1}`)),
      kinds: fc.constant(kinds),
      rows: fc.array(fc.tuple(...kinds.map(valueFor)), { maxLength: 25 }),
    }),
  );

/** Parses an exported file as Excel would read its cells (papaparse with the same settings). */
function parse(csv: string): string[][] {
  expect(csv.startsWith(CSV_BOM)).toBe(true);
  const result = Papa.parse<string[]>(csv.slice(CSV_BOM.length), {
    delimiter: ';',
    newline: '\r\n',
  });
  expect(result.errors).toEqual([]);
  return result.data;
}

const expectedText = (value: ExportValue): string =>
  value === null ? '' : typeof value === 'number' ? String(value) : value;

describe('toCsv', () => {
  it('round-trips every cell through papaparse; exactly the formula-like text cells get a leading apostrophe', () => {
    fc.assert(
      fc.property(sheets, (sheet) => {
        const [header, ...rows] = parse(toCsv(sheet));
        expect(header).toEqual(sheet.headers);
        expect(rows).toHaveLength(sheet.rows.length);
        rows.forEach((row, r) => {
          row.forEach((cell, c) => {
            const value = sheet.rows[r]?.[c] ?? null;
            const kind = sheet.kinds[c];
            const isNeutralised =
              kind === 'text' && typeof value === 'string' && isFormulaLike(value);
            expect(isNeutralised).toBe(
              typeof value === 'string' && kind === 'text' && DANGEROUS.includes(value.charAt(0)),
            );
            expect(cell).toBe(isNeutralised ? `'${expectedText(value)}` : expectedText(value));
          });
        });
      }),
      { numRuns: 300 },
    );
  });

  it('writes a BOM, semicolons and CRLF, and quotes only where a cell needs it', () => {
    const csv = toCsv({
      name: 'Samtal',
      headers: ['Organisation', 'Värde', 'Inkom'],
      kinds: ['text', 'amount', 'date'],
      rows: [
        ['Föreningen Å; "Ö"', 1234567, '2026-11-22'],
        ['=HYPERLINK("x")', -5, null],
        ['rad 1\nrad 2', 0, '2026-01-02'],
      ],
    });
    expect(csv).toBe(
      '\uFEFFOrganisation;Värde;Inkom\r\n' +
        '"Föreningen Å; ""Ö""";1234567;2026-11-22\r\n' +
        `"'=HYPERLINK(""x"")";-5;\r\n` +
        '"rad 1\nrad 2";0;2026-01-02',
    );
  });

  it('leaves numbers unneutralised and writes decimals with a comma for Swedish Excel', () => {
    expect(csvCell(-12, 'integer')).toBe('-12');
    expect(csvCell(1.5, 'amount')).toBe('1,5');
    expect(csvCell('-12', 'text')).toBe("'-12");
    expect(csvCell('@SUM(A1)', 'text')).toBe("'@SUM(A1)");
    expect(csvCell('\tTAB', 'text')).toBe("'\tTAB");
    expect(csvCell('Ett - bindestreck', 'text')).toBe('Ett - bindestreck');
  });
});

describe('toCsvInSlices', () => {
  it('writes exactly what toCsv writes, whatever the slice size', async () => {
    await fc.assert(
      fc.asyncProperty(sheets, fc.integer({ min: 1, max: 30 }), async (sheet, chunkSize) => {
        const sliced = await toCsvInSlices(sheetSource(sheet), {
          chunkSize,
          pause: async () => undefined,
        });
        expect(sliced).toBe(toCsv(sheet));
      }),
    );
  });

  it('reports rows written and stops, writing nothing, when cancelled', async () => {
    const sheet = sheetSource({
      name: 'Samtal',
      headers: ['Nr'],
      kinds: ['integer'],
      rows: Array.from({ length: 5 }, (_, index) => [index]),
    });
    const progress: number[] = [];
    await toCsvInSlices(sheet, { chunkSize: 2, onProgress: (done) => progress.push(done) });
    expect(progress).toEqual([2, 4, 5]);

    const controller = new AbortController();
    const run = toCsvInSlices(sheet, {
      chunkSize: 2,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(run).rejects.toThrow();
  });
});
