import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { openApp, screenshot, type OpenedApp } from './support/browser';
import { onboard } from './support/steps';

/** A 10 000-row workbook (an info sheet first, as exported registers often have). */
async function largeWorkbook(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Info').addRow(['Utdrag ur föreningsregistret']);
  const sheet = workbook.addWorksheet('Föreningar');
  sheet.addRow(['Föreningens namn', 'Organisationsnummer', 'Kontaktperson', 'Inkom']);
  for (let i = 0; i < 10_000; i++) {
    const nine = `8020${String(10_000 + i).slice(-5)}`;
    let sum = 0;
    for (const [index, char] of [...nine].entries()) {
      const doubled = Number(char) * (index % 2 === 0 ? 2 : 1);
      sum += doubled > 9 ? doubled - 9 : doubled;
    }
    const number = `${nine.slice(0, 6)}-${nine.slice(6)}${(10 - (sum % 10)) % 10}`;
    sheet.addRow([`Förening ${i}`, number, `Person ${i}`, new Date(Date.UTC(2024, 2, 5))]);
  }
  const path = join(await mkdtemp(join(tmpdir(), 'lotsbok-import-')), 'register.xlsx');
  await workbook.xlsx.writeFile(path);
  return path;
}

const messyFile = resolve(process.cwd(), 'tests/fixtures/import/messy-utf8-bom.csv');

describe('import in the web host', () => {
  let app: OpenedApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('imports a messy CSV after fixing the mapping, shows the rows, and undoes the import', async () => {
    // A tall window, so the screenshots show the whole mapping and preview.
    app = await openApp({ viewport: { width: 1280, height: 2400 } });
    const { page } = app;
    await onboard(page);

    await page.getByRole('link', { name: 'Importera', exact: true }).click();
    await page.getByRole('heading', { name: 'Importera', level: 1 }).waitFor();
    await page.getByText('Inga importer ännu.').waitFor();
    await expectNoAxeViolations(page, 'import tom');

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Välj fil…' }).click();
    await (await chooser).setFiles(messyFile);
    await page.getByText('messy-utf8-bom.csv: 12 rader, 13 kolumner').waitFor();
    expect(await page.getByLabel('Teckenkodning').inputValue()).toBe('utf-8');
    expect(await page.getByLabel('Avgränsare').inputValue()).toBe(';');

    // The automatic mapping took "Telefon" as the organisation's; it is the contact person's.
    const phone = page.getByLabel('Importera kolumnen Telefon som');
    expect(await phone.inputValue()).toBe('organisation.phone');
    await phone.selectOption({ label: 'Kontaktperson: telefon' });
    expect(await page.getByLabel('Importera kolumnen Org.nr som').inputValue()).toBe(
      'organisation.orgNumber',
    );
    await page.getByLabel('Spara kopplingen som').fill('Stadsdelens lista');
    await page.getByRole('button', { name: 'Spara koppling' }).click();
    await page.getByText('Kopplingen ”Stadsdelens lista” är sparad.').waitFor();
    await expectNoAxeViolations(page, 'import koppling');
    await screenshot(page, 'import-01-koppling');

    await page.getByRole('button', { name: 'Provkör', exact: true }).click();
    await page.getByText('Ny: 4 · Uppdateras: 1 · Hoppas över: 1 · Fel: 6').waitFor();
    const table = page.getByRole('table', { name: 'Provkörningens rader' });
    await table.getByText('Kontrollsiffran stämmer inte').waitFor();
    await table.getByText('Samma organisation som rad 2 (organisationsnummer).').waitFor();
    await expectNoAxeViolations(page, 'import provkörning');
    await screenshot(page, 'import-02-provkorning');

    await page.getByLabel('Visa rader').selectOption({ label: 'Fel' });
    expect(await table.getByRole('row').count()).toBe(7);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Ladda ner felrapport (CSV)' }).click();
    const report = await readFile((await (await download).path()) ?? '', 'utf8');
    expect(report.startsWith('\uFEFFRad;Organisation;Org.nr')).toBe(true);
    expect(report).toContain('Organisationsnummer: Kontrollsiffran stämmer inte');
    expect(report.split('\r\n').filter(Boolean)).toHaveLength(7);
    // Data minimisation: the personnummer on row 7 is named as one but not written out.
    expect(report).toContain('Organisationsnummer: Det här ser ut som ett personnummer.');
    expect(report).not.toContain('811218-9876');

    await page.getByRole('button', { name: 'Importera 5 rader' }).click();
    await page.getByText(/^Importen är klar: 4 nya, 1 kompletterade/).waitFor();
    // The steps give way to the result: the same rows cannot be imported a second time.
    expect(await page.getByRole('button', { name: /^Provkör/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Importera \d/ }).count()).toBe(0);
    await expectNoAxeViolations(page, 'import klar');
    await screenshot(page, 'import-03-klar');

    await page.getByRole('button', { name: 'Ångra importen av messy-utf8-bom.csv' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ångra importen?' });
    await dialog.waitFor();
    await expectNoAxeViolations(page, 'import ångra');
    await dialog.getByRole('button', { name: 'Ångra importen' }).click();
    await page.getByText('Importen av ”messy-utf8-bom.csv” är ångrad.').waitFor();
    await page.getByText(/^Ångrad /).waitFor();
    // The result above says so too, instead of still announcing the import.
    await page.getByText(/^Importen av ”messy-utf8-bom.csv” är ångrad: det den skapade/).waitFor();
    expect(await page.getByText(/^Importen är klar/).count()).toBe(0);
    await expectNoAxeViolations(page, 'import ångrad');
    await screenshot(page, 'import-04-historik');

    // Start over with the same file, this time keeping the import.
    await page.getByRole('button', { name: 'Importera en fil till' }).click();
    const again = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Välj fil…' }).click();
    await (await again).setFiles(messyFile);
    await page.getByRole('button', { name: 'Provkör', exact: true }).click();
    await page.getByRole('button', { name: 'Importera 5 rader' }).click();
    await page.getByRole('link', { name: 'Visa organisationerna' }).click();
    await page.getByText('4 organisationer').waitFor();
    await page.getByRole('link', { name: 'Föreningen Läxhjälpen Angered' }).waitFor();
    expect(app.consoleErrors).toEqual([]);
  });

  it('imports a 10 000-row Excel file through the screen', { timeout: 180_000 }, async () => {
    const file = await largeWorkbook();
    app = await openApp();
    const { page } = app;
    await onboard(page);
    await page.getByRole('link', { name: 'Importera', exact: true }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Välj fil…' }).click();
    await (await chooser).setFiles(file);
    await page.getByText(/register\.xlsx: 10\s000 rader, 4 kolumner/).waitFor({ timeout: 30_000 });
    expect(await page.getByLabel('Blad').inputValue()).toBe('Föreningar');
    await page.getByRole('button', { name: 'Provkör', exact: true }).click();
    await page.getByText(/^Ny: 10\s000 · Uppdateras: 0/).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: /^Importera 10\s000 rader$/ }).click();
    await page.getByText(/^Importen är klar: 10\s000 nya/).waitFor({ timeout: 90_000 });
    await page.getByRole('link', { name: 'Visa organisationerna' }).click();
    await page.getByText(/^10\s?000 organisationer$/).waitFor();
    expect(app.consoleErrors).toEqual([]);
  });
});
