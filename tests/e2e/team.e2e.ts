import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setUpTeam } from '../../scripts/couch/teamDatabase.mjs';
import { startCouchServer, type CouchServer } from '../support/couchServer';
import { expectNoAxeViolations } from './support/axe';
import { getBaseUrl, openApp, screenshot, type OpenedApp } from './support/browser';
import { onboard } from './support/steps';

// Two navigators in two browser profiles share one caseload through a real pouchdb-server that
// this test starts (with its data on disk, so it can be stopped and started again) and stops.

let server: CouchServer;
let dataDir = '';
const apps: OpenedApp[] = [];

const PASSWORDS: Record<string, string> = {
  anna: 'anna-hemligt',
  bo: 'bo-hemligt',
  cilla: 'cilla-hemligt',
};

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'lotsbok-e2e-server-'));
  server = await startCouchServer({ dataDir });
  const users = (names: string[]) =>
    names.map((name) => ({ name, password: PASSWORDS[name] ?? '' }));
  await setUpTeam({
    url: server.url,
    admin: server.admin,
    team: 'vast',
    users: users(['anna', 'bo']),
    origins: [getBaseUrl()],
  });
  await setUpTeam({
    url: server.url,
    admin: server.admin,
    team: 'norr',
    users: users(['cilla']),
    origins: [getBaseUrl()],
  });
}, 60_000);

afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

afterAll(async () => {
  await server?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function open(name: string): Promise<OpenedApp> {
  const app = await openApp();
  apps.push(app);
  await onboard(app.page, name);
  return app;
}

/**
 * The page's errors, less Chromium's own lines for team-server requests that failed on purpose
 * here (a stopped server, a wrong password): those are the network, not the app.
 */
function appErrors(app: OpenedApp): string[] {
  return app.consoleErrors.filter(
    (line) => !(line.includes('Failed to load resource') && line.includes(server.url)),
  );
}

async function openTeamSection(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Inställningar', exact: true }).click();
  await page.getByRole('heading', { name: 'Team', level: 2 }).waitFor();
}

async function fillSignIn(
  page: Page,
  user: string,
  password = PASSWORDS[user] ?? '',
): Promise<void> {
  await openTeamSection(page);
  await page.getByLabel('Serverns adress').fill(server.url);
  await page.getByLabel('Användarnamn').fill(user);
  await page.getByLabel('Lösenord').fill(password);
}

async function joinTeam(page: Page, user: string): Promise<void> {
  await fillSignIn(page, user);
  await page.getByRole('button', { name: 'Gå med i teamet' }).click();
  await page.getByText(/^Datorn är med i teamet /).waitFor();
}

/** The header's indicator, e.g. "Synkad 14:05". */
function indicator(page: Page) {
  return page.getByRole('banner').getByRole('status');
}

async function waitForIndicator(page: Page, pattern: RegExp, timeout = 20_000): Promise<void> {
  await expect
    .poll(async () => (await indicator(page).textContent()) ?? '', { timeout, interval: 200 })
    .toMatch(pattern);
}

async function openOrganisation(page: Page, name: string): Promise<void> {
  await page.getByRole('link', { name: 'Organisationer', exact: true }).click();
  await page.getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { name, level: 1 }).waitFor();
}

async function editOrganisation(
  page: Page,
  name: string,
  fields: Record<string, string>,
): Promise<void> {
  await openOrganisation(page, name);
  await page.getByRole('link', { name: 'Redigera' }).first().click();
  for (const [label, value] of Object.entries(fields)) {
    await page.getByLabel(label, { exact: true }).fill(value);
  }
  await page.getByRole('button', { name: 'Spara' }).click();
  await page.getByRole('heading', { name, level: 1 }).waitFor();
}

async function syncNowFromSettings(page: Page): Promise<void> {
  await openTeamSection(page);
  await page.getByRole('button', { name: 'Synka nu' }).click();
}

describe('the team caseload', () => {
  it('two navigators share one caseload, merge offline edits and resolve a conflict', async () => {
    const anna = await open('Anna Öberg');
    await fillSignIn(anna.page, 'anna');
    await anna.page.getByRole('button', { name: 'Testa anslutning' }).click();
    await anna.page.getByText('Anslutningen fungerar: inloggad som anna, team vast.').waitFor();
    await anna.page.getByRole('button', { name: 'Gå med i teamet' }).click();
    await anna.page.getByText(/^Datorn är med i teamet vast/).waitFor();
    await waitForIndicator(anna.page, /^Synkad \d\d:\d\d$/);
    await expectNoAxeViolations(anna.page, 'inställningar team (med i team)');
    await screenshot(anna.page, 'team-01-med-i-team');

    const bo = await open('Bo Ek');
    await joinTeam(bo.page, 'bo');
    await waitForIndicator(bo.page, /^Synkad/);

    // Anna logs a call with a new organisation; Bo sees it arrive on his open list.
    await bo.page.getByRole('link', { name: 'Organisationer', exact: true }).click();
    const organisation = 'Cykelkooperativet Hjulet';
    await anna.page.keyboard.press('Control+l');
    const dialog = anna.page.getByRole('dialog', { name: 'Logga samtal' });
    await dialog.getByRole('combobox', { name: 'Organisation' }).fill(organisation);
    await dialog.getByRole('option', { name: `Skapa ny organisation ”${organisation}”` }).click();
    await dialog.getByLabel('Sammanfattning').fill('Erbjuder cykelleveranser till äldreboenden.');
    await anna.page.keyboard.press('Control+Enter');
    await anna.page.getByText(`Samtalet med ${organisation} är sparat.`).waitFor();
    await bo.page
      .getByRole('link', { name: organisation, exact: true })
      .waitFor({ timeout: 10_000 });
    await expectNoAxeViolations(bo.page, 'organisationer med kollegans post');

    // The server goes away; both edit the same organisation: different fields, and one the same.
    await server.stop();
    await editOrganisation(anna.page, organisation, {
      Telefon: '031-11 11 11',
      Anteckning: 'Annas anteckning',
    });
    await editOrganisation(bo.page, organisation, {
      'E-post': 'info@hjulet.se',
      Anteckning: 'Bos anteckning',
    });
    await waitForIndicator(anna.page, /^Offline sedan \d\d:\d\d$/, 40_000);
    await waitForIndicator(bo.page, /^Offline sedan/, 40_000);
    await screenshot(anna.page, 'team-02-offline');

    // Anna's machine reaches the server first; Bo's then merges and meets the same-field edit.
    await bo.context.setOffline(true);
    server = await startCouchServer({ dataDir, port: server.port });
    await syncNowFromSettings(anna.page);
    await waitForIndicator(anna.page, /^Synkad/, 30_000);
    await bo.context.setOffline(false);
    await syncNowFromSettings(bo.page);
    await waitForIndicator(bo.page, /^Synkad/, 30_000);

    const conflictLink = bo.page.getByRole('link', { name: '1 konflikt' });
    await conflictLink.waitFor({ timeout: 20_000 });
    await conflictLink.click();
    await bo.page.getByRole('heading', { name: 'Konflikter', level: 1 }).waitFor();
    const card = bo.page.getByRole('article', { name: `Organisation: ${organisation}` });
    await card.getByRole('group', { name: 'anteckning' }).waitFor();
    await card.getByRole('radio', { name: 'Teamet (servern): Annas anteckning' }).waitFor();
    await expectNoAxeViolations(bo.page, 'konflikter');
    await screenshot(bo.page, 'team-03-konflikter');
    await card.getByRole('radio', { name: 'Den här datorn: Bos anteckning' }).check();
    await card.getByRole('button', { name: 'Spara val' }).click();
    await bo.page.getByRole('heading', { name: 'Inga konflikter. Allt är ihopslaget.' }).waitFor();
    // At 200 % zoom (half the CSS width) the header keeps the indicator as a dot with its name.
    await bo.page.setViewportSize({ width: 640, height: 400 });
    await indicator(bo.page).waitFor();
    await expectNoAxeViolations(bo.page, 'konflikter 200 %');
    await screenshot(bo.page, 'team-03b-konflikter-200');
    await openTeamSection(bo.page);
    await screenshot(bo.page, 'team-03c-team-200');
    await bo.page.setViewportSize({ width: 1280, height: 800 });

    // Both machines converge: each one-sided edit kept, and Bo's choice for the shared field.
    for (const page of [anna.page, bo.page]) {
      await openOrganisation(page, organisation);
      await page.getByText('031-11 11 11').waitFor({ timeout: 20_000 });
      await page.getByText('info@hjulet.se').waitFor({ timeout: 20_000 });
      await page.getByText('Bos anteckning').waitFor({ timeout: 20_000 });
    }
    // The value not chosen is in the shared event log.
    await anna.page.getByText('Konflikt löst').first().waitFor({ timeout: 20_000 });
    await anna.page.getByText('Inte valt för anteckning: Annas anteckning').waitFor();
    // Who changed it last is named on the colleague's machine too.
    await anna.page.getByText(/^Senast ändrad av Bo Ek /).waitFor();
    await screenshot(anna.page, 'team-04-konflikt-i-tidslinjen');
    expect(appErrors(anna)).toEqual([]);
    expect(appErrors(bo)).toEqual([]);
  });

  it('refuses a wrong password and a user without a team, and another team sees nothing', async () => {
    const cilla = await open('Cilla Nord');
    await fillSignIn(cilla.page, 'cilla', 'fel-lösenord');
    await cilla.page.getByRole('button', { name: 'Testa anslutning' }).click();
    await cilla.page.getByText('Fel användarnamn eller lösenord.').waitFor();
    await expectNoAxeViolations(cilla.page, 'team fel lösenord');
    await screenshot(cilla.page, 'team-05-fel-losenord');

    // A server user who is in no Lotsbok team.
    const admin = `Basic ${Buffer.from(`${server.admin.name}:${server.admin.password}`).toString('base64')}`;
    const created = await fetch(`${server.url}/_users/org.couchdb.user:dora`, {
      method: 'PUT',
      headers: { Authorization: admin, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'dora', password: 'dora-hemligt', roles: [], type: 'user' }),
    });
    expect(created.status).toBeLessThan(300);
    await cilla.page.getByLabel('Användarnamn').fill('dora');
    await cilla.page.getByLabel('Lösenord').fill('dora-hemligt');
    await cilla.page.getByRole('button', { name: 'Gå med i teamet' }).click();
    await cilla.page.getByText(/^Användaren är inte med i något Lotsbok-team/).waitFor();

    // Cilla's own team is norr: joined there, she sees none of team vast's organisations.
    await joinTeam(cilla.page, 'cilla');
    await waitForIndicator(cilla.page, /^Synkad/);
    await cilla.page.getByRole('link', { name: 'Organisationer', exact: true }).click();
    await cilla.page.getByRole('heading', { name: 'Inga organisationer ännu' }).waitFor();
    const vast = await fetch(`${server.url}/lotsbok-vast/_all_docs`, {
      headers: {
        Authorization: `Basic ${Buffer.from('cilla:cilla-hemligt').toString('base64')}`,
        Accept: 'application/json',
      },
    });
    expect([401, 403]).toContain(vast.status);
    expect(appErrors(cilla)).toEqual([]);
  });
});
