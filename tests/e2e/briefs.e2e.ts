import { readFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { openApp, screenshot, type OpenedApp } from './support/browser';
import { loadExampleData, onboard } from './support/steps';

const outDir = fileURLToPath(new URL('../../test-results/briefs', import.meta.url));

/** Clicks the Word export and reads the downloaded .docx back. */
async function downloadDocx(page: Page, name: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exportera Word' }).click(),
  ]);
  await mkdir(outDir, { recursive: true });
  const path = join(outDir, name);
  await download.saveAs(path);
  await page
    .getByText(/^Word-filen .* är sparad\.$/)
    .first()
    .waitFor();
  const zip = await JSZip.loadAsync(await readFile(path));
  return {
    fileName: download.suggestedFilename(),
    document: (await zip.file('word/document.xml')?.async('string')) ?? '',
    media: Object.keys(zip.files).filter((file) => file.startsWith('word/media/')),
  };
}

describe('meeting briefs', () => {
  let app: OpenedApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('makes an organisation brief and a management summary, prints and exports them', async () => {
    app = await openApp({ viewport: { width: 1400, height: 900 } });
    const { page, context } = app;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await onboard(page);
    await loadExampleData(page);

    // From the organisation page.
    const firstOrganisation = page.getByRole('row').nth(1).getByRole('link');
    const name = (await firstOrganisation.textContent()) ?? '';
    await firstOrganisation.click();
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Skapa underlag' }).click();
    const preview = page.getByRole('region', { name: 'Förhandsvisning' });
    await preview.getByRole('heading', { name: `Inför möte med ${name}` }).waitFor();
    await page
      .getByRole('textbox', { name: 'Frågor att ta upp' })
      .fill('Inför hösten:\n- Lokaler\n- Ny ansökan om IOP');
    await page.getByRole('textbox', { name: 'Plats' }).fill('Stadshuset, rum 4');
    await preview.getByText('Ny ansökan om IOP').waitFor();
    await expect(
      preview.getByRole('heading', { name: 'Uppgifter om organisationen' }).count(),
    ).resolves.toBe(1);
    await expectNoAxeViolations(page, 'organisationsunderlag');
    await screenshot(page, 'briefs-01-organisationsunderlag');

    // Leaving a section out removes it from the preview.
    await page.getByRole('checkbox', { name: 'Kontaktpersoner' }).uncheck();
    await expect(preview.getByRole('heading', { name: 'Kontaktpersoner' }).count()).resolves.toBe(
      0,
    );

    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText('Underlaget är sparat.').waitFor();
    await page.waitForURL(/\/underlag\/[0-9a-f-]{36}$/);
    await page.getByRole('button', { name: 'Ta bort', exact: true }).waitFor();
    await screenshot(page, 'briefs-01b-sparat');

    // The print preview as the printer sees it, and a real A4 PDF.
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'briefs-02-organisationsunderlag-utskrift');
    await mkdir(outDir, { recursive: true });
    const pdf = await page.pdf({
      path: join(outDir, 'organisationsunderlag.pdf'),
      preferCSSPageSize: true,
      printBackground: true,
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });

    const word = await downloadDocx(page, 'organisationsunderlag.docx');
    expect(word.fileName).toBe(`Inför möte med ${name}.docx`);
    expect(word.document).toContain(`Inför möte med ${name}`);
    expect(word.document).toContain('Frågor att ta upp');
    expect(word.document).toContain('Ny ansökan om IOP');
    expect(word.document).toContain('Organisationsnummer');

    await page.getByRole('button', { name: 'Kopiera som Markdown' }).click();
    await page.getByText(/kopierat som Markdown/).waitFor();
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toContain(`# Inför möte med ${name}`);
    expect(markdown).toContain('- Ny ansökan om IOP');

    await page.getByRole('button', { name: 'Fastställ' }).click();
    // The app's own question (not the browser's confirm): its button says what it does.
    const freeze = page.getByRole('dialog', { name: 'Fastställa underlaget?' });
    await freeze.getByRole('button', { name: 'Fastställ' }).click();
    await page.getByText(/Underlaget är fastställt\./).waitFor();
    await page.getByRole('heading', { level: 1 }).getByText('Fastställt').waitFor();
    await expect(page.getByRole('textbox', { name: 'Plats' }).isDisabled()).resolves.toBe(true);

    await page.getByRole('link', { name: 'Underlag', exact: true }).first().click();
    await page.getByRole('heading', { name: 'Underlag', level: 1 }).waitFor();
    const savedRow = page.getByRole('row', { name: new RegExp(`Inför möte med ${name}`) });
    await savedRow.getByText('Fastställt').waitFor();
    await expectNoAxeViolations(page, 'underlag');
    await screenshot(page, 'briefs-03-lista');

    // The management summary for a long period of the example data.
    await page.getByRole('link', { name: 'Underlag till ledningsgruppen' }).click();
    await page.getByLabel('Perioden från').fill('2016-01-01');
    await page
      .getByRole('textbox', { name: 'Sammanfattning' })
      .fill('Fler ärenden går till IOP än tidigare.');
    await preview.getByRole('img', { name: /Nya ärenden per prioriterat område/ }).waitFor();
    await preview.locator('figure[data-chart-id="trend"] svg.recharts-surface').waitFor();
    const newInquiries = await preview
      .locator('.brief-doc__fact', { hasText: 'Nya ärenden' })
      .locator('dd')
      .textContent();
    expect(Number(newInquiries?.replace(/\s/g, ''))).toBeGreaterThan(10);
    await expectNoAxeViolations(page, 'ledningsunderlag');
    await screenshot(page, 'briefs-04-ledningsunderlag');
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'briefs-05-ledningsunderlag-utskrift');
    await page.pdf({
      path: join(outDir, 'ledningsunderlag.pdf'),
      preferCSSPageSize: true,
      printBackground: true,
    });
    await page.emulateMedia({ media: 'screen' });

    const summary = await downloadDocx(page, 'ledningsunderlag.docx');
    expect(summary.document).toContain('Underlag till ledningsgruppen');
    expect(summary.document).toContain('Nyckeltal');
    expect(summary.document).toContain('Fler ärenden går till IOP än tidigare.');
    expect(summary.media.length).toBe(3);

    // A meeting agenda from selected inquiries (the inquiry list links here with their ids).
    // Two inquiry ids straight from the app's IndexedDB, as the list's selection would pass them.
    const ids = await page.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const request = indexedDB.open('lotsbok');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const keys = request.result
              .transaction('inquiries')
              .objectStore('inquiries')
              .getAllKeys(null, 2);
            keys.onsuccess = () => resolve(keys.result.map(String));
            keys.onerror = () => reject(keys.error);
          };
        }),
    );
    expect(ids).toHaveLength(2);
    await page.evaluate(
      (hash) => {
        window.location.hash = hash;
      },
      `#/underlag/ny?typ=agenda&arenden=${ids.join(',')}`,
    );
    await page.getByRole('heading', { name: 'Ny mötesagenda', level: 1 }).waitFor();
    await preview.getByRole('heading', { name: 'Dagordning' }).waitFor();
    await expect(preview.locator('ol li').count()).resolves.toBe(2);
    await expect(preview.getByRole('heading', { level: 4 }).count()).resolves.toBe(2);
    await page
      .getByRole('textbox', { name: 'Deltagare' })
      .fill('Anna Öberg, enhetschef äldreomsorg');
    await expectNoAxeViolations(page, 'mötesagenda');
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'briefs-06-motesagenda-utskrift');
    await page.emulateMedia({ media: 'screen' });

    // Unsaved changes: a link out of the editor asks first; the changes stay as a draft.
    await page.getByRole('link', { name: 'Underlag', exact: true }).first().click();
    const leave = page.getByRole('dialog', { name: 'Lämna underlaget?' });
    await leave.waitFor();
    await expectNoAxeViolations(page, 'lämna underlaget');
    await screenshot(page, 'briefs-07-lamna-osparat');
    await leave.getByRole('button', { name: 'Stanna kvar' }).click();
    await expect(page.getByRole('textbox', { name: 'Deltagare' }).inputValue()).resolves.toBe(
      'Anna Öberg, enhetschef äldreomsorg',
    );
    await page.getByRole('link', { name: 'Underlag', exact: true }).first().click();
    await leave.getByRole('button', { name: 'Lämna', exact: true }).click();
    await page.getByRole('heading', { name: 'Underlag', level: 1 }).waitFor();
    await page.goBack();
    await page.getByText(/^Osparade ändringar från /).waitFor();
    await expect(page.getByRole('textbox', { name: 'Deltagare' }).inputValue()).resolves.toBe(
      'Anna Öberg, enhetschef äldreomsorg',
    );

    // Deleting the fastställd brief from the list: a dialog that says what is lost.
    await page.getByRole('link', { name: 'Underlag', exact: true }).first().click();
    await leave.getByRole('button', { name: 'Släng ändringarna och lämna' }).click();
    await page.getByRole('heading', { name: 'Underlag', level: 1 }).waitFor();
    await page.getByRole('button', { name: `Ta bort Inför möte med ${name}` }).click();
    const remove = page.getByRole('dialog', { name: 'Ta bort underlaget?' });
    await remove.getByText(/^Underlaget fastställdes /).waitFor();
    await expectNoAxeViolations(page, 'ta bort underlag');
    await screenshot(page, 'briefs-08-ta-bort-faststallt');
    await remove.getByRole('button', { name: 'Ta bort underlaget' }).click();
    await page.getByText(`Underlaget ”Inför möte med ${name}” är borttaget.`).waitFor();
    await page.getByText('Inga sparade underlag ännu.').waitFor();
    await screenshot(page, 'briefs-09-borttaget');

    // Choosing the organisation in the editor: a combobox, by keyboard only.
    await page.getByRole('link', { name: 'Organisationsunderlag' }).click();
    const chooser = page.getByRole('combobox', { name: 'Sök organisation' });
    await chooser.focus();
    await page.keyboard.type(name.slice(0, 6));
    const listbox = page.getByRole('listbox', { name: 'Organisationer' });
    await listbox.getByRole('option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    const activeId = await chooser.getAttribute('aria-activedescendant');
    const picked = page.locator(`[id="${activeId ?? ''}"]`);
    await expect(picked.getAttribute('aria-selected')).resolves.toBe('true');
    const pickedName = (await picked.locator('span').first().textContent()) ?? '';
    await expectNoAxeViolations(page, 'välj organisation');
    await screenshot(page, 'briefs-10-valj-organisation');
    await page.keyboard.press('Enter');
    await preview.getByRole('heading', { name: `Inför möte med ${pickedName}` }).waitFor();
    await expect(
      page
        .getByRole('button', { name: 'Byt organisation' })
        .evaluate((button) => button === document.activeElement),
    ).resolves.toBe(true);

    expect(app.consoleErrors).toEqual([]);
  });
});
