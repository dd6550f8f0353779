import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '@renderer/features/exports/model/csvExport';
import type { ExportSheet } from '@renderer/features/exports/model/exportTable';
import { toXlsx } from '@renderer/features/exports/model/xlsxExport';

const ROWS = 50_000;

/** 50 000 inquiry-like rows: the stress data set's size, which the issue says must export. */
function largeSheet(): ExportSheet {
  const rows = Array.from({ length: ROWS }, (_, index) => [
    `Ärende ${index}; "med" citat`,
    `Förening ${index % 997}`,
    index % 5 === 0 ? 'Avslutat' : 'Matchning',
    index % 3 === 0 ? null : index * 10,
    `2026-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`,
    `KS 2026/${index}`,
  ]);
  return {
    name: 'Ärenden',
    headers: ['Rubrik', 'Organisation', 'Steg', 'Värde', 'Inkom', 'Diarienummer'],
    kinds: ['text', 'text', 'text', 'amount', 'date', 'text'],
    rows,
  };
}

describe('a 50 000-row export', () => {
  it('writes every row to CSV and XLSX', async () => {
    const sheet = largeSheet();
    const csv = toCsv(sheet);
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', newline: '\r\n' });
    expect(parsed.data).toHaveLength(ROWS + 1);
    expect(parsed.data[ROWS]?.[0]).toBe(`Ärende ${ROWS - 1}; "med" citat`);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await toXlsx([sheet])) as unknown as ExcelJS.Buffer);
    const worksheet = workbook.getWorksheet('Ärenden');
    expect(worksheet?.rowCount).toBe(ROWS + 1);
    expect(worksheet?.getRow(ROWS + 1).getCell(4).value).toBe((ROWS - 1) * 10);
    expect(worksheet?.getRow(ROWS + 1).getCell(5).value).toBeInstanceOf(Date);
  }, 120_000);
});
