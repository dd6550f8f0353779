import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { openApp, screenshot, type OpenedApp } from './support/browser';
import { loadExampleData, onboard } from './support/steps';

/** The "N organisationer" count above the register list. */
async function organisationCount(page: Page): Promise<number> {
  await page.getByRole('link', { name: 'Organisationer', exact: true }).click();
  const count = page.getByText(/^\d+ organisationer$/);
  await count.waitFor();
  return Number((await count.textContent())?.split(' ')[0]);
}

async function openBackupSection(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Inställningar', exact: true }).click();
  await page.getByRole('heading', { name: 'Säkerhetskopia', level: 2 }).waitFor();
}

async function chooseBackupFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Återställ från fil…' }).click();
  await (await chooser).setFiles(path);
}

describe('backup and restore', () => {
  const apps: OpenedApp[] = [];
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
  });

  it('backs up to a file, restores it into an empty browser, and refuses a damaged file', async () => {
    const first = await openApp();
    apps.push(first);
    await onboard(first.page, 'Anna Öberg');
    await loadExampleData(first.page);
    const total = await organisationCount(first.page);
    const firstName = await first.page.getByRole('row').nth(1).getByRole('link').textContent();
    expect(total).toBeGreaterThan(0);

    // The web host reminds about a first backup while there is data, and links to the section.
    const reminder = first.page.getByText('Du har inte tagit någon säkerhetskopia ännu.', {
      exact: false,
    });
    await reminder.waitFor();
    await expectNoAxeViolations(first.page, 'påminnelse om säkerhetskopia');
    await screenshot(first.page, 'backup-01-paminnelse');
    await first.page.getByRole('link', { name: 'Gå till säkerhetskopiering' }).click();
    await first.page.getByRole('heading', { name: 'Säkerhetskopia', level: 2 }).waitFor();
    await first.page.getByRole('button', { name: 'Påminn mig senare' }).click();
    expect(await reminder.count()).toBe(0);
    await first.page.locator('[data-persistence]').waitFor();

    const download = first.page.waitForEvent('download');
    await first.page.getByRole('button', { name: 'Ta säkerhetskopia', exact: true }).click();
    const backupPath = join(first.userDataDir, '..', `lotsbok-e2e-${Date.now()}.json`);
    await (await download).saveAs(backupPath);
    const saved = first.page.getByText(/^Säkerhetskopian sparades som lotsbok-sakerhetskopia-/);
    await saved.waitFor();
    const summary = (await saved.textContent()) ?? '';
    expect(summary).toMatch(/\d organisationer, .*händelser i loggen/);
    expect(summary).not.toMatch(/\b1 (inställningar|importer|organisationer)\b|[a-z][A-Z]/);
    await first.page.getByText(/^Senaste säkerhetskopia: /).waitFor();
    expect(await reminder.count()).toBe(0);
    await expectNoAxeViolations(first.page, 'säkerhetskopia tagen');
    await screenshot(first.page, 'backup-02-sakerhetskopia-tagen');
    const backup = JSON.parse(await readFile(backupPath, 'utf8'));
    expect(backup).toMatchObject({ format: 'lotsbok-backup', formatVersion: 1 });
    // The list shows active organisations; the backup holds archived ones too.
    expect(backup.counts.organisations).toBeGreaterThanOrEqual(total);
    expect(first.consoleErrors).toEqual([]);
    await first.close();

    // A fresh browser profile: someone else, no data.
    const second = await openApp();
    apps.push(second);
    const { page } = second;
    await onboard(page, 'Bo Ek');
    await page.getByRole('button', { name: 'Läs in exempeldata' }).waitFor();
    // Nothing in the register yet: nothing to remind about.
    expect(await page.getByText(/Du har inte tagit någon säkerhetskopia/).count()).toBe(0);
    await openBackupSection(page);

    // A damaged (cut off) file is refused in Swedish and changes nothing.
    const damagedPath = join(second.userDataDir, '..', `lotsbok-trasig-${Date.now()}.json`);
    const text = await readFile(backupPath, 'utf8');
    await writeFile(damagedPath, text.slice(0, Math.floor(text.length / 2)));
    await chooseBackupFile(page, damagedPath);
    await page
      .getByRole('alert')
      .getByText(/kan inte återställas: filen är skadad eller ingen JSON-fil\./)
      .waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    await expectNoAxeViolations(page, 'skadad säkerhetskopia');
    await screenshot(page, 'backup-03-skadad-fil');
    await expect(page.locator('.shell__user-name').textContent()).resolves.toBe('Bo Ek');

    // The real file: its contents first, then the confirmation.
    await chooseBackupFile(page, backupPath);
    const dialog = page.getByRole('dialog', { name: 'Återställ säkerhetskopia' });
    await dialog.waitFor();
    const organisations = new Intl.NumberFormat('sv-SE').format(backup.counts.organisations);
    await dialog.getByText(`${organisations} organisationer`, { exact: true }).waitFor();
    // User words for every table, never the database's names.
    expect(await dialog.getByRole('listitem').allTextContents()).not.toContainEqual(
      expect.stringMatching(/[a-z][A-Z]|tabellen/),
    );
    await dialog.getByText(/Alla uppgifter som finns i Lotsbok nu ersätts/).waitFor();
    // Focus starts on Avbryt, so a stray Enter cannot replace the data.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Avbryt');
    await expectNoAxeViolations(page, 'bekräfta återställning');
    await screenshot(page, 'backup-04-bekrafta-aterstallning');
    await dialog.getByRole('button', { name: 'Ersätt uppgifterna' }).click();
    await page.getByText(/^Återställt från lotsbok-e2e-/).waitFor({ timeout: 30_000 });
    await page.getByText(/^Senaste säkerhetskopia: /).waitFor();
    await screenshot(page, 'backup-05-aterstalld');
    // The data in the app is exactly the file's: no reminder to back it up.
    expect(await page.getByText(/Du har inte tagit någon säkerhetskopia/).count()).toBe(0);

    // Everything is back, including who was signed in.
    await expect(page.locator('.shell__user-name').textContent()).resolves.toBe('Anna Öberg');
    expect(await organisationCount(page)).toBe(total);
    await page.getByRole('link', { name: firstName ?? '', exact: true }).waitFor();
    await expectNoAxeViolations(page, 'organisationer efter återställning');
    expect(second.consoleErrors).toEqual([]);
  });
});
