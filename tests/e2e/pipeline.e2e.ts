import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { openApp, screenshot, type OpenedApp } from './support/browser';
import { onboard } from './support/steps';

/** yyyy-MM-dd a few days ahead, in the browser's time zone (Europe/Stockholm). */
function daysAhead(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return date.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
}

describe('one inquiry through the pipeline', () => {
  let app: OpenedApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('goes from a logged call through matching and an IOP handoff to a signed agreement on Idag', async () => {
    app = await openApp();
    const { page } = app;
    await onboard(page);

    // Intake: a call from a new organisation starts the inquiry.
    await page.keyboard.press('Control+l');
    const call = page.getByRole('dialog', { name: 'Logga samtal' });
    await page.keyboard.type('Cykelkooperativet Hisingen');
    await page.keyboard.press('Enter');
    await call.getByLabel('Sammanfattning').fill('Vill leverera mat med lastcykel till äldre.');
    await call.getByLabel('Ärende').selectOption({ label: 'Starta nytt ärende…' });
    await call.getByLabel('Ärendets rubrik').fill('Matleveranser till äldre');
    await call
      .getByLabel('Vad erbjuder de?')
      .fill('Cykelbud levererar mat till äldre i hemtjänsten.');
    await page.keyboard.press('Control+Enter');
    await page.getByText('Samtalet med Cykelkooperativet Hisingen är sparat.').waitFor();

    await page.getByRole('link', { name: 'Ärenden' }).click();
    await page
      .getByRole('region', { name: /^Inkommet/ })
      .getByRole('link', { name: 'Matleveranser till äldre' })
      .click();
    await page.getByRole('heading', { name: 'Matleveranser till äldre', level: 1 }).waitFor();
    await expectNoAxeViolations(page, 'ärendesida inkommet');

    // Matching: the suggestion explains itself and is applied only when accepted.
    await page.getByText(/^Förslag: Hälsa\/hållbarhet — för att texten nämner/).waitFor();
    await page.getByRole('button', { name: 'Använd förslaget' }).first().click();
    await page.getByRole('button', { name: 'Spara matchning' }).click();
    await page.locator('[aria-current="step"]', { hasText: 'Matchning' }).waitFor();

    // Handoff: an IOP whose initiative did not come from the organisation triggers the risk warning.
    await page.getByRole('radio', { name: 'IOP (idéburet offentligt partnerskap)' }).check();
    // With nothing answered yet, a purchase cannot be excluded: that shows at once.
    const notExcluded = page.getByText(
      /^Risken för en otillåten direktupphandling kan inte uteslutas/,
    );
    await notExcluded.waitFor();
    await notExcluded.scrollIntoViewIfNeeded();
    await screenshot(page, '13b-iop-oklart');
    const answer = async (criterion: string, value: 'Ja' | 'Nej') =>
      page.getByRole('group', { name: criterion }).getByRole('radio', { name: value }).check();
    await answer('Initiativet kommer från organisationen', 'Nej');
    await answer('Det finns en marknad för tjänsten (då är det en upphandling)', 'Nej');
    for (const criterion of [
      'Båda parter bidrar (pengar, lokaler, ideell tid)',
      'Gemensamt mål och målgrupp',
      'Långsiktigt, med gemensam uppföljning',
      'Organisationen behåller sitt oberoende',
      'Det är inte ett vanligt föreningsbidrag',
      'Statsstödsreglerna är beaktade (SGEI de minimis)',
    ]) {
      await answer(criterion, 'Ja');
    }
    await page
      .getByText(/^Varning: svaren tyder på att IOP:n i själva verket kan vara ett köp/)
      .waitFor();
    await expectNoAxeViolations(page, 'ärendesida iop-risk');
    await screenshot(page, '14-iop-risk');
    await page.getByRole('button', { name: 'Spara beslut' }).click();
    await page
      .getByText('Förklara i en kommentar varför det ändå är ett partnerskap och inte ett köp.')
      .first()
      .waitFor();
    await page
      .getByLabel('Kommentar till risken')
      .fill('Kommunen efterfrågade idén, men kooperativet driver och finansierar den själv.');
    await page.getByLabel('Motivering', { exact: true }).fill('Partnerskap med äldreomsorgen.');
    await page.getByRole('button', { name: 'Spara beslut' }).click();
    await page.getByText('Gränser som gällde vid beslutet').waitFor();
    // The history says what was decided, in words.
    await page
      .getByText(/^Beslut om överlämning: IOP/)
      .first()
      .waitFor();
    await page.getByText('Nytt steg: Inkommet → Matchning').first().waitFor();
    await page.getByRole('heading', { name: 'Tidslinje' }).scrollIntoViewIfNeeded();
    await screenshot(page, '14b-tidslinje');

    // Outcome: a signed agreement with a joint follow-up in a few days.
    await page.getByRole('radio', { name: 'Avtal tecknat' }).check();
    await page.getByLabel('Avtalets värde (kr)').fill('150 000');
    await page.getByLabel('Avtalsperiodens början').fill(daysAhead(10));
    await page.getByLabel('Avtalsperiodens slut').fill(daysAhead(375));
    await page.getByLabel('Datum för undertecknande').fill(daysAhead(0));
    await page.getByRole('button', { name: 'Lägg till uppföljningsdatum' }).click();
    await page.getByLabel('Uppföljning 1').fill(daysAhead(3));
    await page.getByRole('button', { name: 'Spara utfall' }).click();
    await page.getByText('150 000 kr').first().waitFor();
    await expectNoAxeViolations(page, 'ärendesida avtal');
    await screenshot(page, '15-avtal-tecknat');

    await page.getByRole('link', { name: 'Idag' }).click();
    await page.getByText('Gemensam uppföljning av avtalet').waitFor();
    expect(app.consoleErrors).toEqual([]);
  });
});
