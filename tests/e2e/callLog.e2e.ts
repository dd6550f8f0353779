import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { openApp, screenshot, type OpenedApp } from './support/browser';
import { loadExampleData, onboard } from './support/steps';

describe('logging a call from the keyboard', () => {
  let app: OpenedApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('logs a minimal call in a few keystrokes, with a follow-up, and finds both after reload', async () => {
    app = await openApp();
    const { page } = app;
    await onboard(page);
    await loadExampleData(page);
    await page.getByRole('button', { name: 'Stäng' }).click();

    // Pick a known organisation name from the list to search for.
    const firstLink = page.getByRole('row').nth(1).getByRole('link');
    const name = (await firstLink.textContent()) ?? '';
    const searchWord = name.split(' ')[0]!.slice(0, 4);

    await page.keyboard.press('Control+l');
    const dialog = page.getByRole('dialog', { name: 'Logga samtal' });
    await dialog.waitFor();
    const combobox = dialog.getByRole('combobox', { name: 'Organisation' });
    await expect(combobox.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    await page.keyboard.type(searchWord);
    await dialog.getByRole('option', { name }).waitFor();
    await expectNoAxeViolations(page, 'logga samtal sök');
    // Arrow to the exact organisation if it is not the first hit.
    const options = await dialog.getByRole('option').allTextContents();
    for (let i = 0; i < options.indexOf(name); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    // The budget for a minimal call: typing, arrows and Enter to pick, then Ctrl+Enter to save.
    const keystrokes = searchWord.length + options.indexOf(name) + 1 + 1;
    expect(keystrokes).toBeLessThanOrEqual(10);
    await dialog.getByText(`Organisation: ${name}`).waitFor();
    await expect(
      dialog.getByLabel('Sammanfattning').evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true);
    await page.keyboard.type('Vill starta läxhjälp på lördagar.');

    // Next step: Tab to it, type, Tab to the date, then a quick pick.
    await page.keyboard.press('Tab'); // note kind
    await page.keyboard.press('Tab'); // next step
    await page.keyboard.type('Ring tillbaka om lokal');
    await page.keyboard.press('Tab'); // "Idag"
    await page.keyboard.press('Tab'); // "I morgon"
    await page.keyboard.press('Enter');
    await expect(
      dialog.getByRole('button', { name: 'I morgon' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await expectNoAxeViolations(page, 'logga samtal ifyllt');
    await screenshot(page, '08-logga-samtal');
    await page.keyboard.press('Control+Enter');
    await page.getByText(`Samtalet med ${name} är sparat.`).waitFor();
    await expect(dialog.count()).resolves.toBe(0);

    await page.reload();
    await page.getByRole('link', { name }).first().click();
    await page.getByText('Vill starta läxhjälp på lördagar.').waitFor();
    await page.getByText('Ring tillbaka om lokal').first().waitFor();
    await expectNoAxeViolations(page, 'organisation med tidslinje');
    await page.locator('section[aria-labelledby="timeline-title"]').scrollIntoViewIfNeeded();
    await screenshot(page, '09-tidslinje');

    // Correcting the call keeps the original in the history.
    await page.getByRole('button', { name: 'Ändra samtal' }).first().click();
    const edit = page.getByRole('dialog', { name: 'Ändra samtal' });
    await edit.getByLabel('Sammanfattning').fill('Vill starta läxhjälp på söndagar.');
    await edit.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Vill starta läxhjälp på söndagar.', { exact: true }).waitFor();
    await page.getByRole('radio', { name: 'Ändringar' }).click();
    await page.getByText(/Samtal ändrat/).waitFor();
    await page.getByText('Ändrade fält: sammanfattning').waitFor();

    // The next step waits on "Idag", under the coming week.
    await page.getByRole('link', { name: 'Idag' }).click();
    await page.getByRole('heading', { name: 'Idag', level: 1 }).waitFor();
    await page.getByText('Ring tillbaka om lokal').waitFor();
    await expectNoAxeViolations(page, 'idag med uppföljningar');
    await screenshot(page, '10-idag');

    // Done by calling back: the dialog opens for that organisation and the save closes the follow-up.
    await page.getByRole('button', { name: `Klar och logga samtal: ${name}` }).click();
    await dialog.getByText(`Organisation: ${name}`).waitFor();
    await dialog.getByLabel('Sammanfattning').fill('Ringde tillbaka, lokalen är bokad.');
    await page.keyboard.press('Control+Enter');
    await page.getByText(`Samtalet med ${name} är sparat.`).waitFor();
    await expect.poll(() => page.getByText('Ring tillbaka om lokal').count()).toBe(0);

    await page.getByRole('link', { name: 'Samtal', exact: true }).click();
    await page.getByText('Vill starta läxhjälp på söndagar.', { exact: true }).waitFor();
    await expectNoAxeViolations(page, 'samtal');
    await screenshot(page, '11-samtal');
    expect(app.consoleErrors).toEqual([]);
  });

  it('gives focus back to what opened the dialog after Escape or Stäng', async () => {
    app = await openApp();
    const { page } = app;
    await onboard(page);
    const dialog = page.getByRole('dialog', { name: 'Logga samtal' });
    const focusedName = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return el ? `${el.tagName}:${el.textContent?.trim() ?? ''}` : 'none';
      });

    // The header button, closed with Escape.
    const headerButton = page.getByRole('banner').getByRole('button', { name: /Logga samtal/ });
    await headerButton.focus();
    await page.keyboard.press('Enter');
    await dialog.getByRole('combobox', { name: 'Organisation' }).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() => headerButton.evaluate((el) => el === document.activeElement))
      .toBe(true);

    // The shortcut, from a link on the page, closed with "Stäng (spara utkast)".
    const nav = page.getByRole('link', { name: 'Ärenden' });
    await nav.focus();
    await page.keyboard.press('Control+l');
    await dialog.getByRole('combobox', { name: 'Organisation' }).waitFor();
    await page.keyboard.type('Nya föreningen');
    await dialog.getByRole('button', { name: 'Stäng (spara utkast)' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => nav.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await focusedName()).toContain('Ärenden');
    expect(app.consoleErrors).toEqual([]);
  });

  it('names a holiday, leads on after the save, and asks in the app before archiving', async () => {
    app = await openApp();
    const { page } = app;
    await onboard(page);
    await loadExampleData(page);
    await page.getByRole('button', { name: 'Stäng' }).click();
    const name = (await page.getByRole('row').nth(1).getByRole('link').textContent()) ?? '';

    const headerButton = page.getByRole('banner').getByRole('button', { name: /Logga samtal/ });
    await headerButton.click();
    const dialog = page.getByRole('dialog', { name: 'Logga samtal' });
    await dialog.getByRole('combobox', { name: 'Organisation' }).fill(name);
    await dialog.getByRole('option', { name, exact: true }).click();
    await dialog.getByLabel('Sammanfattning').fill('Vill söka bidrag till julfest.');
    await dialog
      .getByLabel('Ärende', { exact: true })
      .selectOption({ label: 'Starta nytt ärende…' });
    await dialog.getByLabel('Ärendets rubrik').fill('Julfest för äldre');
    await dialog.getByLabel('Vad ska göras?').fill('Skicka ansökan');
    // Julafton 2030 is a Tuesday: allowed, but said, with the next working day one click away.
    await dialog.getByLabel('Senast').fill('2030-12-24');
    await dialog.getByText('Datumet är julafton.').waitFor();
    await dialog.getByText('tisdag 24 december 2030').waitFor();
    await dialog.getByLabel('Senast').scrollIntoViewIfNeeded();
    await expectNoAxeViolations(page, 'logga samtal helgdag');
    await screenshot(page, 'intake-01-helgdag');
    await dialog.getByRole('button', { name: 'Flytta till fredag 27 december 2030' }).click();
    await expect(dialog.getByLabel('Senast').inputValue()).resolves.toBe('2030-12-27');
    await page.keyboard.press('Control+Enter');

    const notice = page.getByRole('status').filter({ hasText: `Samtalet med ${name} är sparat.` });
    await notice.getByText('Uppföljning fredag 27 december 2030: Skicka ansökan.').waitFor();
    await expect
      .poll(() => headerButton.evaluate((el) => el === document.activeElement))
      .toBe(true);
    await expectNoAxeViolations(page, 'samtal sparat');
    await screenshot(page, 'intake-02-sparat');
    await notice.getByRole('link', { name: 'Öppna det nya ärendet' }).click();
    await page.getByRole('heading', { name: 'Julfest för äldre', level: 1 }).waitFor();

    // Archiving asks in the app's own dialog; Escape keeps the organisation, focus returns.
    await page.getByRole('link', { name, exact: true }).first().click();
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    const archive = page.getByRole('button', { name: 'Arkivera', exact: true });
    await archive.click();
    const question = page.getByRole('dialog', { name: `Arkivera ${name}?` });
    await question.waitFor();
    await expect(
      question
        .getByRole('button', { name: 'Avbryt' })
        .evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true);
    await expectNoAxeViolations(page, 'fråga arkivera');
    await screenshot(page, 'intake-03-fraga');
    await page.keyboard.press('Escape');
    await question.waitFor({ state: 'detached' });
    await expect.poll(() => archive.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByText('Organisationen är arkiverad.').count()).toBe(0);
    expect(app.consoleErrors).toEqual([]);
  });

  it('asks over a dialog before typed text is thrown away, and Escape answers no', async () => {
    app = await openApp();
    const { page } = app;
    await onboard(page);
    await page.keyboard.press('Alt+n');
    await page.getByRole('heading', { name: 'Ny organisation' }).waitFor();
    await page.keyboard.type('Kvinnojouren Gryning');
    await page.keyboard.press('Control+Enter');
    await page.getByRole('heading', { name: 'Kvinnojouren Gryning', level: 1 }).waitFor();

    await page.getByRole('button', { name: 'Lägg till kontaktperson' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lägg till kontaktperson' });
    const nameField = dialog.getByLabel(/^Namn/);
    await nameField.fill('Anna Ek');
    await page.keyboard.press('Escape');
    const question = page.getByRole('dialog', { name: 'Lämna utan att spara?' });
    await question.waitFor();
    await expectNoAxeViolations(page, 'fråga lämna');
    await page.keyboard.press('Escape');
    await question.waitFor({ state: 'detached' });
    await expect(nameField.inputValue()).resolves.toBe('Anna Ek');
    await expect.poll(() => nameField.evaluate((el) => el === document.activeElement)).toBe(true);

    // Typing again, then Escape asks again; this time leave.
    await page.keyboard.type(' Berg');
    await page.keyboard.press('Escape');
    await question.waitFor();
    await question.getByRole('button', { name: 'Lämna utan att spara' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByText('Anna Ek').count()).toBe(0);
    expect(app.consoleErrors).toEqual([]);
  });

  it('keeps a half-typed call through a reload and offers to continue it', async () => {
    app = await openApp();
    const { page } = app;
    await onboard(page);
    await page.keyboard.press('Alt+l');
    const dialog = page.getByRole('dialog', { name: 'Logga samtal' });
    await page.keyboard.type('Grannsamverkan Tynnered');
    await page.keyboard.press('Enter'); // only option: create it
    await page.keyboard.type('Ringde om trygghetsvandringar');
    await page.waitForTimeout(300);
    await page.reload();
    await page.getByRole('heading', { name: 'Organisationer', level: 1 }).waitFor();
    await page.keyboard.press('Alt+l');
    await dialog.getByText(/Du fortsätter på ett osparat samtal/).waitFor();
    await dialog.getByText('Organisation: Grannsamverkan Tynnered').waitFor();
    expect(await dialog.getByLabel('Sammanfattning').inputValue()).toBe(
      'Ringde om trygghetsvandringar',
    );
    await page.keyboard.press('Control+Enter');
    await page.getByText('Samtalet med Grannsamverkan Tynnered är sparat.').waitFor();
    await page.getByRole('link', { name: 'Grannsamverkan Tynnered' }).waitFor();
  });
});
