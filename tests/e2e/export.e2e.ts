import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { openApp, screenshot, type OpenedApp } from './support/browser';
import { loadExampleData, onboard } from './support/steps';

/** Clicks "Exportera" in the dialog and returns the downloaded file's name and bytes. */
async function exportFile(
  page: Page,
  dialogName = 'Exportera ärenden',
): Promise<{ name: string; bytes: Buffer }> {
  const dialog = page.getByRole('dialog', { name: dialogName });
  return download(page, dialog.getByRole('button', { name: 'Exportera', exact: true }));
}

/** Clicks a button that saves a file and returns the downloaded file's name and bytes. */
async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

const loadWorkbook = async (bytes: Buffer) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
};

/** Parses a downloaded CSV (after its BOM) as Excel would split it. */
const parseCsv = (bytes: Buffer) =>
  Papa.parse<string[]>(bytes.toString('utf8').slice(1), { delimiter: ';', newline: '\r\n' });

/** "12 ärenden" in the list's count line, as a number. */
/** The list's count once counted: the lists show their first rows, then "Räknar …", then the count. */
async function listCount(page: Page): Promise<number> {
  const count = page.locator('.list-count').filter({ hasText: /^\s*\d/ });
  await count.waitFor();
  return Number(((await count.textContent()) ?? '').replace(/\D/g, ''));
}

describe('exporting the inquiry list', () => {
  let app: OpenedApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('exports a filtered list as CSV and XLSX with the same rows, columns and order', async () => {
    app = await openApp();
    const { page } = app;
    await onboard(page);
    await loadExampleData(page);
    await page.getByRole('link', { name: 'Ärenden' }).click();
    await page.getByRole('heading', { name: 'Ärenden', level: 1 }).waitFor();
    await page.getByRole('radio', { name: 'Lista' }).click();
    await expect.poll(() => listCount(page)).toBeGreaterThan(0);
    const allCount = await listCount(page);
    const openOnly = page.getByLabel('Bara öppna ärenden');
    await openOnly.click();
    await expect.poll(() => openOnly.isChecked()).toBe(true);
    // The example data has closed inquiries, so the filtered count is smaller.
    await expect.poll(() => listCount(page)).toBeLessThan(allCount);
    const count = await listCount(page);
    expect(count).toBeGreaterThan(1);

    await screenshot(page, 'export-00-arendelista');
    await page.getByRole('button', { name: 'Exportera' }).click();
    const dialog = page.getByRole('dialog', { name: 'Exportera ärenden' });
    await dialog.getByText(`${count} ärenden`, { exact: true }).waitFor();
    await expectNoAxeViolations(page, 'exportdialog');
    await screenshot(page, 'export-01-dialog');

    // Keyboard: move "Steg" above "Organisation", untick "Prioriterade områden".
    await dialog.getByRole('button', { name: 'Flytta upp: Steg' }).focus();
    await page.keyboard.press('Enter');
    await dialog.getByRole('checkbox', { name: 'Prioriterade områden' }).uncheck();

    await dialog.getByRole('radio', { name: /^CSV/ }).check();
    const csv = await exportFile(page);
    expect(csv.name).toMatch(/^arenden-oppna-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.bytes.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe(
      'Rubrik;Steg;Organisation;Uppskattat värde per år (kr);Inkom;Ansvarig lots;Verksamhetsområde;Överlämning;IOP-risk;Kommentar till IOP-risken;Diarienummer',
    );
    const parsed = Papa.parse<string[]>(text, { delimiter: ';', newline: '\r\n' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(count + 1);
    expect(parsed.data.slice(1).every((row) => row[1] !== 'Avslutat')).toBe(true);
    expect(parsed.data.slice(1).every((row) => /^\d{4}-\d{2}-\d{2}$/.test(row[4] ?? ''))).toBe(
      true,
    );
    await dialog.getByText(`Sparade ${csv.name}, ${count} rader.`).waitFor();

    await dialog.getByRole('radio', { name: /^Excel/ }).check();
    const xlsx = await exportFile(page);
    expect(xlsx.name).toMatch(/^arenden-oppna-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Ärenden');
    expect(sheet?.rowCount).toBe(count + 1);
    expect(sheet?.getRow(1).getCell(2).value).toBe('Steg');
    expect(sheet?.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.getRow(2).getCell(5).value).toBeInstanceOf(Date);
    // The first row of both files is the first row of the list.
    expect(sheet?.getRow(2).getCell(1).value).toBe(parsed.data[1]?.[0]);
    await dialog.getByText(`Sparade ${xlsx.name}, ${count} rader.`).waitFor();
    await screenshot(page, 'export-02-saved');
    await expectNoAxeViolations(page, 'exportdialog efter export');

    // The column choice is remembered for the next export.
    await dialog.getByRole('button', { name: 'Stäng' }).click();
    await page.getByRole('button', { name: 'Exportera' }).click();
    await expect
      .poll(() => dialog.getByRole('checkbox', { name: 'Prioriterade områden' }).isChecked())
      .toBe(false);
    await dialog.getByRole('button', { name: 'Stäng' }).click();

    // A saved view names the file.
    await page.getByLabel('Sparade vyer').selectOption({ label: 'IOP under uppföljning' });
    await page
      .locator('.list-count')
      .filter({ hasText: /ärende/ })
      .waitFor();
    const viewCount = await listCount(page);
    await page.getByRole('button', { name: 'Exportera' }).click();
    await dialog.getByText(new RegExp(`^${viewCount} ärende`)).waitFor();
    const view = await exportFile(page);
    expect(view.name).toMatch(/^arenden-iop-under-uppfoljning-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(app.consoleErrors).toEqual([]);
  });
  it('exports the register, the calls, today’s follow-ups and everything', async () => {
    app = await openApp();
    const { page } = app;
    await onboard(page);
    await loadExampleData(page);
    const seeded = (await page.getByText(/^Klart: /).textContent()) ?? '';
    const seededCount = (word: string) => Number(new RegExp(`(\\d+) ${word}`).exec(seeded)?.[1]);

    // Organisationer (onboarding leaves us there).
    await expect.poll(() => listCount(page)).toBeGreaterThan(0);
    const organisations = await listCount(page);
    await screenshot(page, 'export-08-organisationer-knapp');
    await page.getByRole('button', { name: 'Exportera' }).click();
    const orgDialog = page.getByRole('dialog', { name: 'Exportera organisationer' });
    await orgDialog.getByText(`${organisations} organisationer`, { exact: true }).waitFor();
    await orgDialog.getByRole('radio', { name: /^CSV/ }).check();
    const orgCsv = await exportFile(page, 'Exportera organisationer');
    expect(orgCsv.name).toMatch(/^organisationer-\d{4}-\d{2}-\d{2}\.csv$/);
    const orgRows = parseCsv(orgCsv.bytes).data;
    expect(orgRows[0]?.slice(0, 3)).toEqual(['Namn', 'Organisationsnummer', 'Organisationsform']);
    expect(orgRows).toHaveLength(organisations + 1);
    await expectNoAxeViolations(page, 'exportera organisationer');
    await screenshot(page, 'export-03-organisationer');
    await orgDialog.getByRole('button', { name: 'Stäng' }).click();

    // Samtal: the last 30 days, as XLSX with times as dates.
    await page.getByRole('link', { name: 'Samtal' }).click();
    await page.getByRole('heading', { name: 'Samtal', level: 1 }).waitFor();
    await page.locator('.list-count').waitFor();
    const calls = await listCount(page);
    await page.getByRole('button', { name: 'Exportera' }).click();
    await page
      .getByRole('dialog', { name: 'Exportera samtal' })
      .getByText(`${calls} samtal`, { exact: true })
      .waitFor();
    const callFile = await exportFile(page, 'Exportera samtal');
    expect(callFile.name).toMatch(
      /^samtal-fran-\d{4}-\d{2}-\d{2}-till-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.xlsx$/,
    );
    const callSheet = (await loadWorkbook(callFile.bytes)).getWorksheet('Samtal');
    expect(callSheet?.rowCount).toBe(calls + 1);
    if (calls > 0) expect(callSheet?.getRow(2).getCell(1).value).toBeInstanceOf(Date);
    await page
      .getByRole('dialog', { name: 'Exportera samtal' })
      .getByRole('button', { name: 'Stäng' })
      .click();

    // Idag, everyone's follow-ups.
    await page.getByRole('link', { name: 'Idag' }).click();
    await page.getByLabel('Visa uppföljningar för').selectOption({ label: 'Alla' });
    await screenshot(page, 'export-09-idag-knapp');
    await page.getByRole('button', { name: 'Exportera' }).click();
    const followDialog = page.getByRole('dialog', { name: 'Exportera uppföljningar' });
    await followDialog.getByText(/^\d+ uppföljning/).waitFor();
    await followDialog.getByRole('radio', { name: /^CSV/ }).check();
    const followFile = await exportFile(page, 'Exportera uppföljningar');
    expect(followFile.name).toMatch(/^uppfoljningar-alla-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(parseCsv(followFile.bytes).data[0]).toEqual([
      'Datum',
      'Organisation',
      'Nästa steg',
      'Ansvarig lots',
    ]);
    await screenshot(page, 'export-04-idag');
    await followDialog.getByRole('button', { name: 'Stäng' }).click();

    // Inställningar → Exportera allt: one workbook, one sheet per entity, every record.
    await page.getByRole('link', { name: 'Inställningar' }).click();
    const everything = await download(
      page,
      page.getByRole('button', { name: 'Exportera allt till Excel' }),
    );
    expect(everything.name).toMatch(/^lotsbok-allt-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = await loadWorkbook(everything.bytes);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Organisationer',
      'Kontaktpersoner',
      'Ärenden',
      'Samtal',
      'Uppföljningar',
    ]);
    expect(workbook.getWorksheet('Organisationer')?.rowCount).toBe(
      seededCount('organisationer') + 1,
    );
    expect(workbook.getWorksheet('Ärenden')?.rowCount).toBe(seededCount('ärenden') + 1);
    expect(workbook.getWorksheet('Samtal')?.rowCount).toBe(seededCount('samtal') + 1);
    await page.getByText(/^Sparade lotsbok-allt-/).waitFor();
    await page.getByRole('heading', { name: 'Exportera allt' }).scrollIntoViewIfNeeded();
    await expectNoAxeViolations(page, 'inställningar med exportera allt');
    await screenshot(page, 'export-05-allt');
    expect(app.consoleErrors).toEqual([]);
  });
  it('exports 50 000 inquiries to CSV and XLSX', async () => {
    app = await openApp();
    const { page } = app;
    await onboard(page);
    // Written straight to IndexedDB (the stress seed takes minutes); the app reads them after a reload.
    await page.evaluate(async (total) => {
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('lotsbok');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const transaction = database.transaction('inquiries', 'readwrite');
      const store = transaction.objectStore('inquiries');
      for (let index = 0; index < total; index += 1) {
        const at = new Date(Date.UTC(2020, 0, 1) + index * 60_000).toISOString();
        store.put({
          id: `stress-${String(index).padStart(5, '0')}`,
          organisationId: 'okand',
          contactPersonId: null,
          title: `Ärende ${index}; "stress"`,
          offer: '',
          targetGroup: '',
          initiative: 'organisation',
          channel: 'telefon',
          estimatedYearlyValue: index,
          diarienummer: `KS ${index}`,
          responsibleNavigatorId: null,
          stage: 'inkommet',
          matches: [],
          searchWords: [],
          priorityAreaIds: [],
          unitId: null,
          handoff: null,
          handoffPath: '',
          outcome: null,
          receivedAt: at,
          closedAt: null,
          createdAt: at,
          updatedAt: at,
        });
      }
      await new Promise((resolve, reject) => {
        transaction.oncomplete = resolve;
        transaction.onerror = () => reject(transaction.error);
      });
      database.close();
    }, 50_000);
    await page.goto(`${page.url().split('#')[0]}#/arenden?vy=lista`);
    await page.reload();
    await expect.poll(() => listCount(page), { timeout: 30_000 }).toBe(50_000);

    await page.getByRole('button', { name: 'Exportera' }).click();
    const dialog = page.getByRole('dialog', { name: 'Exportera ärenden' });
    await dialog.getByText(/^50\s000 ärenden$/).waitFor({ timeout: 30_000 });
    await dialog.getByRole('radio', { name: /^CSV/ }).check();
    const csv = await exportFile(page);
    const rows = parseCsv(csv.bytes).data;
    expect(rows).toHaveLength(50_001);
    // Newest first, as the list.
    expect(rows[1]?.[0]).toBe('Ärende 49999; "stress"');
    expect(rows[50_000]?.[0]).toBe('Ärende 0; "stress"');
    await dialog.getByText(/^Sparade .*, 50\s000 rader\.$/).waitFor();

    await dialog.getByRole('radio', { name: /^Excel/ }).check();
    // While it runs: a progress bar over the rows read, then "Skapar filen…".
    const downloaded = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Exportera', exact: true }).click();
    await dialog.getByRole('progressbar', { name: 'Export' }).waitFor();
    await screenshot(page, 'export-07-progress');
    expect(await dialog.getByRole('button', { name: 'Exportera', exact: true }).isDisabled()).toBe(
      true,
    );
    const xlsx = { bytes: await readFile(await (await downloaded).path()) };
    const sheet = (await loadWorkbook(xlsx.bytes)).getWorksheet('Ärenden');
    expect(sheet?.rowCount).toBe(50_001);
    expect(sheet?.getRow(50_001).getCell(5).value).toBe(0);
    await dialog.getByText(/^Sparade .*\.xlsx, 50\s000 rader\.$/).waitFor();
    await screenshot(page, 'export-06-50000');

    // Closing the dialog does not stop an export: it goes on in the task bar, which keeps the result.
    const again = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Exportera', exact: true }).click();
    await dialog.getByRole('button', { name: 'Stäng' }).click();
    await page.getByRole('progressbar', { name: 'Exporterar ärenden' }).waitFor();
    await screenshot(page, 'export-10-task-bar-progress');
    await again;
    await page.getByText(/^Sparade arenden-.*\.xlsx, 50\s000 rader\.$/).waitFor();
    await expectNoAxeViolations(page, 'exportresultat i statusraden');
    await screenshot(page, 'export-11-task-bar-result');
    expect(app.consoleErrors).toEqual([]);
  }, 240_000);
});
