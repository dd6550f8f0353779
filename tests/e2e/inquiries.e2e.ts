import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { openApp, screenshot, type OpenedApp } from './support/browser';
import { loadExampleData, onboard } from './support/steps';

describe('the inquiry board and list', () => {
  let app: OpenedApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('moves a card with the keyboard and keeps a saved view through a reload', async () => {
    app = await openApp();
    const { page } = app;
    await onboard(page);
    await loadExampleData(page);
    await page.getByRole('link', { name: 'Ärenden' }).click();
    await page.getByRole('heading', { name: 'Ärenden', level: 1 }).waitFor();
    const matching = page.getByRole('region', { name: /^Matchning/ });
    const handoff = page.getByRole('region', { name: /^Överlämning/ });
    await matching.getByRole('link').first().waitFor();
    await expectNoAxeViolations(page, 'ärendetavla');
    await screenshot(page, '12-arendetavla');

    // Seeded inquiries in Matchning are matched, so Ctrl+→ may move them on to Överlämning.
    const card = matching.getByRole('link').first();
    const title = (await card.textContent()) ?? '';
    // Titles repeat in the example data; the link's address names the inquiry.
    const href = (await card.getAttribute('href')) ?? '';
    await card.focus();
    await page.keyboard.press('Control+ArrowRight');
    await page.getByText('Flyttad till Överlämning').waitFor();
    await handoff.locator(`a[href="${href}"]`).waitFor();
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe(
      href,
    );
    expect(title).not.toBe('');
    await page.reload();
    await page
      .getByRole('region', { name: /^Överlämning/ })
      .locator(`a[href="${href}"]`)
      .waitFor();

    // The list view, filtered and saved as a view.
    await page.getByRole('radio', { name: 'Lista' }).click();
    await page.getByLabel('Sök', { exact: true }).fill('cykel');
    await page.getByRole('button', { name: 'Spara vy…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Spara vy' });
    await dialog.getByLabel('Namn på vyn').fill('Cykelärenden');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Vyn ”Cykelärenden” sparades.').waitFor();
    await expectNoAxeViolations(page, 'ärendelista');
    await screenshot(page, '13-arendelista');

    await page.goto(`${page.url().split('#')[0]}#/arenden`);
    await page.reload();
    await page.getByLabel('Sparade vyer').selectOption({ label: 'Cykelärenden' });
    await expect.poll(() => page.getByLabel('Sök', { exact: true }).inputValue()).toBe('cykel');
    expect(app.consoleErrors).toEqual([]);
  });
});
