import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { openApp, screenshot, type OpenedApp } from './support/browser';

describe('organisations in the web host', () => {
  let app: OpenedApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('onboards, creates an organisation with validation, and finds it after reload and restart', async () => {
    app = await openApp();
    const { page } = app;

    await page.getByRole('heading', { name: 'Välkommen till Lotsbok' }).waitFor();
    await expectNoAxeViolations(page, 'välkomst');
    await screenshot(page, '01-valkomst');
    await page.getByLabel('Ditt namn').fill('Anna-Karin Öberg');
    expect(await page.getByLabel('Initialer').inputValue()).toBe('AÖ');
    await page.getByRole('button', { name: 'Börja använda Lotsbok' }).click();

    // The start page is "Idag"; with nothing due it says so.
    await page.getByRole('heading', { name: 'Idag', level: 1 }).waitFor();
    await expectNoAxeViolations(page, 'idag tom');
    await page.getByRole('link', { name: 'Organisationer' }).click();
    await page.getByRole('heading', { name: 'Inga organisationer ännu' }).waitFor();
    await expectNoAxeViolations(page, 'organisationer tom');
    await screenshot(page, '02-organisationer-tom');

    await page.getByRole('link', { name: 'Ny organisation' }).first().click();
    await page.getByRole('heading', { name: 'Ny organisation' }).waitFor();
    const number = page.getByLabel('Organisationsnummer');

    // A wrong check digit, then a personnummer: each refused with its own explanation.
    await page.getByLabel('Namn').fill('Föreningen Läxhjälpen Angered');
    await number.fill('556016-0681');
    await number.blur();
    await page.getByText('Kontrollsiffran stämmer inte').waitFor();
    await number.fill('811218-9876');
    await page.getByText('Det här ser ut som ett personnummer').waitFor();
    await expectNoAxeViolations(page, 'ny organisation med fel');
    await screenshot(page, '03-ny-organisation-fel');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Det här ser ut som ett personnummer').waitFor();
    expect(page.url()).toContain('/organisationer/ny');

    // The number of an aktiebolag on a förening: a warning, not a refusal.
    await number.fill('556016-0680');
    await page.getByText(/Numret börjar på 5/).waitFor();
    await number.fill('16802005-1952');
    await page.getByText('Nummergrupp: Ideell förening eller stiftelse').waitFor();
    await page.getByLabel('Telefon').fill('031-12 34 56');
    await page.getByLabel('Taggar').fill('unga, läxhjälp');
    await page.getByRole('button', { name: 'Spara' }).click();

    await page.getByRole('heading', { name: 'Föreningen Läxhjälpen Angered', level: 1 }).waitFor();
    await page.getByText('802005-1952').waitFor();

    // A contact person, in the dialog.
    await page.getByRole('button', { name: 'Lägg till kontaktperson' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lägg till kontaktperson' });
    await dialog.getByLabel('Namn').fill('Åsa Lindqvist');
    await dialog.getByLabel('Roll').fill('Ordförande');
    await expectNoAxeViolations(page, 'kontaktperson dialog');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Åsa Lindqvist', { exact: true }).waitFor();
    await page.getByText('Huvudkontakt', { exact: true }).waitFor();
    await expectNoAxeViolations(page, 'organisation detalj');
    await screenshot(page, '04-organisation-detalj');

    // A duplicate name warns; the same number is refused.
    await page.getByRole('link', { name: 'Organisationer' }).first().click();
    await page.getByRole('link', { name: 'Ny organisation' }).first().click();
    await page.getByLabel('Namn').fill('Läxhjälpen i Angered');
    await page.getByText('Det finns redan en organisation med mycket likt namn').waitFor();
    await page.getByLabel('Organisationsnummer').fill('8020051952');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page
      .getByText('Organisationsnumret 802005-1952 finns redan för Föreningen Läxhjälpen Angered')
      .waitFor();
    // Cancelling asks, in the app's own dialog, before throwing the typed text away.
    await page.getByRole('button', { name: 'Avbryt' }).click();
    const question = page.getByRole('dialog');
    await question.getByRole('button', { name: 'Lämna utan att spara' }).waitFor();
    await expectNoAxeViolations(page, 'fråga lämna organisation');
    await question.getByRole('button', { name: 'Lämna utan att spara' }).click();
    await page.getByRole('heading', { name: 'Organisationer', level: 1 }).waitFor();

    // Survives a reload and a browser restart.
    await page.reload();
    await page.getByRole('heading', { name: 'Organisationer', level: 1 }).waitFor();
    await page.getByLabel('Sök på namn, organisationsnummer eller telefon').fill('läx');
    await page.getByRole('link', { name: 'Föreningen Läxhjälpen Angered' }).waitFor();
    await expectNoAxeViolations(page, 'organisationer lista');
    const { userDataDir } = app;
    expect(app.consoleErrors).toEqual([]);
    await app.close({ keepUserDataDir: true });

    app = await openApp({ userDataDir, path: '/#/organisationer' });
    await app.page.getByRole('link', { name: 'Föreningen Läxhjälpen Angered' }).click();
    await app.page.getByText('Åsa Lindqvist', { exact: true }).waitFor();
    await app.page.getByText('Kontaktperson skapad: Åsa Lindqvist').waitFor();
  });
});
