import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet } from '@renderer/features/imports/model/readSpreadsheet';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(resolve(process.cwd(), 'tests/fixtures/import', name)));

async function readOk(bytes: Uint8Array, options = {}) {
  const result = await readSpreadsheet(bytes, options);
  if (!result.ok) throw new Error(`expected a table, got ${result.error}`);
  return result;
}

describe('reading spreadsheets', () => {
  it('reads UTF-8 with BOM, semicolons, an empty line and a quoted line break', async () => {
    const result = await readOk(fixture('messy-utf8-bom.csv'));
    expect(result.kind === 'csv' && [result.encoding, result.delimiter]).toEqual(['utf-8', ';']);
    expect(result.table.headers[0]).toBe('Organisation');
    expect(result.table.headers).toContain('Område');
    expect(result.table.rows).toHaveLength(12);
    const first = result.table.rows[0];
    expect(first?.number).toBe(2);
    expect(first?.cells[12]).toBe('Träffas på tisdagar.\r\nRing efter 16; inte före.');
    // The empty line keeps the numbering of the rows after it.
    expect(result.table.rows[3]?.number).toBe(6);
  });

  it('detects Windows-1252 (å ä ö) and commas; a forced wrong encoding shows mojibake', async () => {
    const result = await readOk(fixture('windows-1252.csv'));
    expect(result.kind === 'csv' && [result.encoding, result.delimiter]).toEqual([
      'windows-1252',
      ',',
    ]);
    expect(result.table.rows[0]?.cells).toEqual([
      'Åsa Ödmans Förening',
      '802005-1952',
      'Åsa Ödman',
      'Göteborg',
    ]);
    const forced = await readOk(fixture('windows-1252.csv'), { encoding: 'utf-8' });
    expect(forced.table.rows[0]?.cells[0]).toContain('\uFFFD');
  });

  it('reads tab-separated UTF-8 without BOM', async () => {
    const result = await readOk(fixture('tab-separated.txt'));
    expect(result.kind === 'csv' && result.delimiter).toBe('\t');
    expect(result.table.rows[0]?.cells[0]).toBe('Hjälpande Händer');
  });

  it('refuses an empty file, a binary file and a header without rows', async () => {
    expect(await readSpreadsheet(fixture('empty.csv'))).toEqual({ ok: false, error: 'empty' });
    expect(await readSpreadsheet(fixture('binary.png'))).toEqual({ ok: false, error: 'binary' });
    const headerOnly = new TextEncoder().encode('Namn;Org.nr\r\n\r\n');
    expect(await readSpreadsheet(headerOnly)).toEqual({ ok: false, error: 'noRows' });
    const notXlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    expect(await readSpreadsheet(notXlsx)).toEqual({ ok: false, error: 'xlsxUnreadable' });
  });

  it('reads the chosen sheet of an .xlsx file with dates and numbers as text', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Info').addRow(['Bara text']);
    const sheet = workbook.addWorksheet('Föreningar');
    sheet.addRow(['Namn', 'Org.nr', 'Belopp', 'Inkom']);
    sheet.addRow(['Ängens Vänner', '802005-1952', 150000.5, new Date(Date.UTC(2024, 2, 5))]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    // The info sheet has no data rows, so the first sheet with rows is taken.
    const result = await readOk(bytes);
    expect(result.kind === 'xlsx' && [result.sheetNames, result.sheetName]).toEqual([
      ['Info', 'Föreningar'],
      'Föreningar',
    ]);
    const info = await readSpreadsheet(bytes, { sheet: 'Info' });
    expect(info).toEqual({ ok: false, error: 'noRows' });
    expect(result.table.headers).toEqual(['Namn', 'Org.nr', 'Belopp', 'Inkom']);
    expect(result.table.rows[0]?.cells).toEqual([
      'Ängens Vänner',
      '802005-1952',
      '150000,5',
      '2024-03-05',
    ]);
  });
});
