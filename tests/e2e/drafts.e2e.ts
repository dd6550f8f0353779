import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type OpenedApp } from './support/browser';
import { onboard } from './support/steps';

describe('unsaved input', () => {
  let app: OpenedApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('keeps a half-typed organisation through a reload and can discard it', async () => {
    app = await openApp();
    const { page } = app;
    await onboard(page);
    // Alt+N opens a new organisation from anywhere (the desktop menu has Ctrl+N).
    await page.keyboard.press('Alt+n');
    await page.getByRole('heading', { name: 'Ny organisation' }).waitFor();
    await page.keyboard.type('Kvinnojouren Gryning');
    await page.getByLabel('Anteckning').fill('Ringde om lokaler, vill ha möte i januari.');

    // The draft is written to IndexedDB within a few milliseconds of the last keystroke.
    await page.waitForTimeout(300);
    await page.reload();
    await page.getByText(/Ett osparat utkast från .* har återställts/).waitFor();
    expect(await page.getByLabel('Namn').inputValue()).toBe('Kvinnojouren Gryning');
    expect(await page.getByLabel('Anteckning').inputValue()).toBe(
      'Ringde om lokaler, vill ha möte i januari.',
    );

    await page.getByRole('button', { name: 'Kasta utkastet' }).click();
    await expect.poll(() => page.getByLabel('Namn').inputValue()).toBe('');
    await page.reload();
    await page.getByRole('heading', { name: 'Ny organisation' }).waitFor();
    expect(await page.getByText(/osparat utkast/).count()).toBe(0);
  });
});
