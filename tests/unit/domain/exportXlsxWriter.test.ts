import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { ExportSheet } from '@renderer/features/exports/model/exportTable';
import {
  sheetsNeeded,
  toXlsx,
  XLSX_MAX_ROWS,
  type XlsxProgress,
} from '@renderer/features/exports/model/xlsxExport';
import {
  XLSX_MAX_CELL_TEXT,
  columnLetters,
  excelSerial,
} from '@renderer/features/exports/model/xlsxXml';
import { readXlsx } from '@renderer/features/imports/model/readXlsx';

const calls = (count: number): ExportSheet => ({
  name: 'Samtal',
  headers: ['Nr', 'Organisation', 'Tid'],
  kinds: ['integer', 'text', 'dateTime'],
  rows: Array.from({ length: count }, (_, index) => [
    index + 1,
    `Förening ${index + 1}`,
    `2026-11-${String((index % 28) + 1).padStart(2, '0')} 09:30`,
  ]),
});

async function load(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

const column = (sheet: ExcelJS.Worksheet | undefined, index: number) =>
  (sheet?.getColumn(index).values ?? []).slice(1);

describe('toXlsx at Excel’s limits', () => {
  it('continues a table that outgrows a sheet on the next sheets, each with its header', async () => {
    // A limit of 4 rows per sheet (header + 3) stands in for Excel's 1 048 576.
    const workbook = await load(await toXlsx([calls(7)], { maxRowsPerSheet: 4 }));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Samtal',
      'Samtal 2',
      'Samtal 3',
    ]);
    expect(column(workbook.getWorksheet('Samtal'), 1)).toEqual(['Nr', 1, 2, 3]);
    expect(column(workbook.getWorksheet('Samtal 2'), 1)).toEqual(['Nr', 4, 5, 6]);
    expect(column(workbook.getWorksheet('Samtal 3'), 1)).toEqual(['Nr', 7]);
    expect(workbook.getWorksheet('Samtal 3')?.views[0]).toMatchObject({ state: 'frozen' });
  });

  it('counts the sheets a table needs: none is ever longer than Excel allows', () => {
    expect(sheetsNeeded(0)).toBe(1);
    expect(sheetsNeeded(XLSX_MAX_ROWS - 1)).toBe(1);
    expect(sheetsNeeded(XLSX_MAX_ROWS)).toBe(2);
    expect(sheetsNeeded(7, 4)).toBe(3);
  });

  it('reports rows written, then packing, and stops when aborted without returning a file', async () => {
    const progress: XlsxProgress[] = [];
    await toXlsx([calls(25)], { chunkSize: 10, onProgress: (step) => progress.push(step) });
    const writing = progress.filter((step) => step.phase === 'writing');
    expect(writing.map((step) => step.done)).toEqual([10, 20, 25]);
    expect(progress.at(-1)?.phase).toBe('packing');

    const controller = new AbortController();
    const seen: number[] = [];
    const run = toXlsx([calls(25)], {
      chunkSize: 10,
      signal: controller.signal,
      onProgress: (step) => {
        if (step.phase === 'writing') seen.push(step.done);
        if (step.phase === 'writing' && step.done === 10) controller.abort();
      },
    });
    await expect(run).rejects.toThrow();
    expect(seen).toEqual([10]);
  });
});

describe('cell text Excel accepts', () => {
  it('keeps markup characters, drops characters XML cannot hold, cuts at 32 767', async () => {
    const sheet: ExportSheet = {
      name: 'Text',
      headers: ['A & <B>'],
      kinds: ['text'],
      rows: [['Tom & "Jerry" <b>'], ['bell\u0007 tab\t\ud800 end'], ['x'.repeat(40_000)], ['']],
    };
    const bytes = await toXlsx([sheet]);
    // Every part is well-formed XML (Excel refuses the file otherwise).
    const zip = await JSZip.loadAsync(bytes);
    for (const name of Object.keys(zip.files).filter((file) => file.endsWith('.xml'))) {
      const text = await zip.file(name)!.async('string');
      const parsed = new DOMParser().parseFromString(text, 'application/xml');
      expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
    }
    const values = column((await load(bytes)).getWorksheet('Text'), 1);
    expect(values.slice(0, 3)).toEqual(['A & <B>', 'Tom & "Jerry" <b>', 'bell tab\t end']);
    expect(String(values[3])).toHaveLength(XLSX_MAX_CELL_TEXT);
  });

  it('can be read back by Lotsbok’s own import', async () => {
    const content = await readXlsx(await toXlsx([calls(2)]));
    expect(content.table.headers).toEqual(['Nr', 'Organisation', 'Tid']);
    expect(content.table.rows.map((row) => row.cells)).toEqual([
      ['1', 'Förening 1', '2026-11-01 09:30'],
      ['2', 'Förening 2', '2026-11-02 09:30'],
    ]);
  });

  it('names columns and days as Excel does', () => {
    expect([0, 25, 26, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
    expect(excelSerial('1900-03-01')).toBe(61);
    expect(excelSerial('2026-11-22 12:00')).toBe(46348.5);
    expect(excelSerial('inte ett datum')).toBeNull();
  });
});
