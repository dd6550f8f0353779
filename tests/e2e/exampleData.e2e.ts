import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { openApp, screenshot, type OpenedApp } from './support/browser';
import { loadExampleData, onboard } from './support/steps';

describe('example data, the list and settings', () => {
  let app: OpenedApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('loads the example data with progress, lists it in Swedish order and filters it', async () => {
    app = await openApp();
    const { page } = app;
    await onboard(page);
    await loadExampleData(page);
    await page.getByText(/organisationer, .* kontaktpersoner/).waitFor();

    await page.getByRole('row').nth(1).getByRole('link').waitFor();
    const count = page.getByText(/^\d+ organisationer$/);
    const total = Number((await count.textContent())?.split(' ')[0]);
    expect(total).toBeGreaterThanOrEqual(50);

    // Swedish order: names starting with Å Ä Ö come after Z, at the end of the list.
    const firstRowLink = page.getByRole('row').nth(1).getByRole('link');
    const ascendingFirst = await firstRowLink.textContent();
    await page.getByLabel('Sortera').selectOption({ label: 'Namn – Fallande' });
    await page.waitForFunction(
      (name) => document.querySelector('[role=row][aria-rowindex="2"] a')?.textContent !== name,
      ascendingFirst,
    );
    const descendingFirst = await firstRowLink.textContent();
    expect(descendingFirst?.[0]).toMatch(/[ÖÄÅZYX]/);
    await expectNoAxeViolations(page, 'organisationer med data');
    await screenshot(page, '05-organisationer-exempeldata');

    await page.getByLabel('Organisationsform').selectOption({ label: 'Stiftelse' });
    await page.waitForFunction(
      (all) => !document.body.textContent?.includes(`${all} organisationer`),
      total,
    );
    const filtered = Number((await count.textContent())?.split(' ')[0]);
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(total);
    await page.getByLabel('Organisationsform').selectOption({ label: 'Alla' });
    // Wait for the whole list's rows again: focusing a row of the stale filtered list would race
    // its re-render (the count and the rows are separate queries).
    await page.getByText(`${total} organisationer`, { exact: true }).waitFor();
    await page.waitForFunction(
      (name) => document.querySelector('[role=row][aria-rowindex="2"] a')?.textContent === name,
      descendingFirst,
    );

    // Keyboard only: into the list, down a row, open it.
    await page.getByRole('row').nth(1).getByRole('link').focus();
    await page.keyboard.press('ArrowDown');
    // The list moves focus on the next frame (after scrolling the row into view).
    await page.waitForFunction(
      () => document.activeElement?.closest<HTMLElement>('[data-index]')?.dataset.index === '1',
    );
    const focusedName = await page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: focusedName ?? '', level: 1 }).waitFor();
    await expectNoAxeViolations(page, 'exempelorganisation');
    await screenshot(page, '06-exempelorganisation');

    await page.getByRole('link', { name: 'Inställningar' }).click();
    await page.getByRole('heading', { name: 'Lotsar' }).waitFor();
    await expect(
      page.getByRole('button', { name: /Läs in exempeldata/ }).isDisabled(),
    ).resolves.toBe(true);
    await expectNoAxeViolations(page, 'inställningar');
    await screenshot(page, '07-installningar');

    // English is one setting away, and survives a reload.
    await page.getByLabel('Språk i gränssnittet').selectOption('en');
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await expectNoAxeViolations(page, 'settings (English)');
    expect(app.consoleErrors).toEqual([]);
  });
});
