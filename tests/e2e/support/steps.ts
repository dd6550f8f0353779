import type { Page } from 'playwright-core';

/** First start: say who you are. */
export async function onboard(page: Page, name = 'Anna Öberg'): Promise<void> {
  await page.getByRole('heading', { name: 'Välkommen till Lotsbok' }).waitFor();
  await page.getByLabel('Ditt namn').fill(name);
  await page.getByRole('button', { name: 'Börja använda Lotsbok' }).click();
  await page.getByRole('heading', { name: 'Idag', level: 1 }).waitFor();
  await page.getByRole('link', { name: 'Organisationer' }).click();
  await page.getByRole('heading', { name: 'Organisationer', level: 1 }).waitFor();
}

/** Loads the example data set from the empty state and waits for its result. */
export async function loadExampleData(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Läs in exempeldata' }).click();
  await page.getByText(/^Klart: /).waitFor({ timeout: 30_000 });
}
