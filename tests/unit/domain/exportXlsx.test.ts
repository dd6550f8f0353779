import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ExportSheet } from '@renderer/features/exports/model/exportTable';
import { sheetName, toXlsx, XLSX_FORMATS } from '@renderer/features/exports/model/xlsxExport';

const inquiries: ExportSheet = {
  name: 'Ärenden',
  headers: ['Rubrik', 'Uppskattat värde per år (kr)', 'Inkom', 'Tid', 'Längd'],
  kinds: ['text', 'amount', 'date', 'dateTime', 'integer'],
  rows: [
    ['Läxhjälp på Hisingen', 150000, '2026-11-22', '2026-11-22 14:05', 12],
    ['=1+1', null, null, null, 0],
  ],
};
const calls: ExportSheet = {
  name: 'Samtal',
  headers: ['Organisation'],
  kinds: ['text'],
  rows: [['Föreningen Öst']],
};

async function readBack(sheets: ExportSheet[]) {
  const workbook = new ExcelJS.Workbook();
  const bytes = await toXlsx(sheets);
  // Node's Buffer is what exceljs reads in node; the app writes a Uint8Array.
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

describe('toXlsx', () => {
  it('writes typed cells: dates as dates, amounts as numbers, text as text', async () => {
    const sheet = (await readBack([inquiries])).getWorksheet('Ärenden');
    expect(sheet).toBeDefined();
    const row = sheet!.getRow(2);
    expect(row.getCell(1).value).toBe('Läxhjälp på Hisingen');
    expect(row.getCell(2).value).toBe(150000);
    expect(row.getCell(2).numFmt).toBe(XLSX_FORMATS.amount);
    expect(row.getCell(3).value).toEqual(new Date(Date.UTC(2026, 10, 22)));
    expect(row.getCell(3).numFmt).toBe('yyyy-mm-dd');
    expect(row.getCell(4).value).toEqual(new Date(Date.UTC(2026, 10, 22, 14, 5)));
    expect(row.getCell(5).value).toBe(12);
    // A formula-like text stays text in XLSX (typed cells never evaluate).
    expect(sheet!.getRow(3).getCell(1).value).toBe('=1+1');
    expect(sheet!.getRow(3).getCell(2).value).toBeNull();
    expect(sheet!.rowCount).toBe(3);
  });

  it('has a bold, frozen header row with the headers, and sensible widths', async () => {
    const sheet = (await readBack([inquiries])).getWorksheet('Ärenden')!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...inquiries.headers]);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const widths = sheet.columns.map((column) => column.width ?? 0);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(8);
    expect(Math.max(...widths)).toBeLessThanOrEqual(50);
    expect(widths[0]).toBeGreaterThan('Läxhjälp på Hisingen'.length);
  });

  it('puts one sheet per entity in one workbook', async () => {
    const workbook = await readBack([inquiries, calls]);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Ärenden', 'Samtal']);
    expect(workbook.getWorksheet('Samtal')!.getRow(2).getCell(1).value).toBe('Föreningen Öst');
  });

  it('makes sheet names Excel accepts: no forbidden characters, at most 31, unique', () => {
    expect(sheetName('Mina: öppna/stängda [2026]?', new Set())).toBe('Mina  öppna stängda  2026');
    expect(sheetName('x'.repeat(40), new Set())).toHaveLength(31);
    expect(sheetName('Samtal', new Set(['samtal']))).toBe('Samtal 2');
    // 120 sheets of one long name: each unique, none over Excel's 31 characters.
    const taken = new Set<string>();
    for (let i = 0; i < 120; i += 1) taken.add(sheetName('x'.repeat(40), taken).toLowerCase());
    expect(taken.size).toBe(120);
    expect(Math.max(...[...taken].map((name) => name.length))).toBe(31);
  });
});
