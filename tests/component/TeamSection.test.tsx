import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CouchReply, CouchRequest } from '@shared/couchTransport';
import { ok } from '@shared/result';
import { db } from '@renderer/db/db';
import { SyncIndicator } from '@renderer/features/team/SyncIndicator';
import { TeamSection } from '@renderer/features/team/TeamSection';
import { startTeamSync, stopTeamSync, useTeamStore } from '@renderer/features/team/teamSync';
import { platform } from '@renderer/lib/platform';
import { syncTables } from '@renderer/sync/syncTables';
import { renderWithSession } from '../fixtures/renderWithSession';
import { resetDatabase } from '../fixtures/resetDatabase';

/** A scripted team server: each test says how it answers; the rest answers as CouchDB does. */
type Answer = (request: CouchRequest) => CouchReply | undefined;
let answer: Answer = () => undefined;
const requests: CouchRequest[] = [];

const response = (status: number, body: unknown): CouchReply => ({
  kind: 'response',
  status,
  body,
});

function couchDb(request: CouchRequest): CouchReply | Promise<CouchReply> {
  const { method, path } = request;
  if (path === '/') return response(200, { couchdb: 'Welcome', version: '3.4.2' });
  if (path === '/_session' && method === 'POST') {
    return response(200, { ok: true, name: 'anna', roles: ['lotsbok-vast'] });
  }
  if (path === '/lotsbok-vast') return response(200, { db_name: 'lotsbok-vast' });
  if (path.endsWith('/_bulk_docs')) {
    const docs = (request.body as { docs: { _id: string }[] }).docs;
    return response(
      201,
      docs.map((doc) => ({ ok: true, id: doc._id, rev: '1-abc' })),
    );
  }
  if (path.endsWith('/_changes')) {
    // The live feed waits, as a long poll does when nothing happens.
    if (request.query?.['feed'] === 'longpoll') return new Promise(() => undefined);
    return response(200, { results: [], last_seq: '5-x', pending: 0 });
  }
  return response(404, { error: 'not_found' });
}

beforeEach(async () => {
  vi.spyOn(platform, 'getAppInfo').mockReturnValue(new Promise(() => undefined));
  answer = () => undefined;
  requests.length = 0;
  vi.spyOn(platform, 'teamServerRequest').mockImplementation(async ({ request }) => {
    requests.push(request);
    return ok(answer(request) ?? (await couchDb(request)));
  });
  vi.spyOn(platform, 'forgetTeamSession').mockResolvedValue(ok(null));
  await resetDatabase();
  useTeamStore.setState({ loaded: false, membership: null });
  await startTeamSync();
});

afterEach(async () => {
  await stopTeamSync();
  vi.restoreAllMocks();
});

async function renderTeam() {
  const rendered = await renderWithSession(
    <>
      <header>
        <SyncIndicator />
      </header>
      <TeamSection />
    </>,
    { path: '/installningar', route: '/installningar' },
  );
  const section = await screen.findByRole('region', { name: 'Team' });
  return { ...rendered, section };
}

async function signIn(
  section: HTMLElement,
  { serverUrl = 'https://lotsbok.kommun.se', userName = 'anna', password = 'hemligt' } = {},
) {
  const user = userEvent.setup();
  await user.type(within(section).getByLabelText(/Serverns adress/), serverUrl);
  await user.type(within(section).getByLabelText(/Användarnamn/), userName);
  await user.type(within(section).getByLabelText(/^Lösenord/), password);
  return user;
}

const failure = (kind: 'unreachable' | 'certificate' | 'timeout'): CouchReply => ({
  kind: 'failure',
  failure: kind,
  detail: 'x',
});

describe('Inställningar → Team', () => {
  it.each<[string, { serverUrl?: string; answer?: Answer }, RegExp]>([
    ['not an address', { serverUrl: 'lotsbok kommun' }, /^Adressen är inte en giltig webbadress/],
    [
      'plain http to another machine from the browser',
      { serverUrl: 'http://lotsbok.kommun.se' },
      /^I webbläsaren måste adressen börja med https:\/\//,
    ],
    ['an unreachable server', { answer: () => failure('unreachable') }, /^Servern går inte att nå/],
    [
      'a certificate problem',
      { answer: () => failure('certificate') },
      /^Serverns certifikat godtogs inte/,
    ],
    ['no answer in time', { answer: () => failure('timeout') }, /^Servern svarade inte i tid/],
    [
      'a web server that is not CouchDB',
      { answer: (r) => (r.path === '/' ? response(200, { hello: 'world' }) : undefined) },
      /^Adressen svarar, men det är ingen Lotsbok-server/,
    ],
    [
      'a wrong password',
      {
        answer: (r) =>
          r.path === '/_session' ? response(401, { error: 'unauthorized' }) : undefined,
      },
      /^Fel användarnamn eller lösenord\.$/,
    ],
    [
      'a user in no team',
      {
        answer: (r) =>
          r.path === '/_session' ? response(200, { ok: true, name: 'anna', roles: [] }) : undefined,
      },
      /^Användaren är inte med i något Lotsbok-team/,
    ],
  ])('names %s in Swedish and joins nothing', async (_case, setup, message) => {
    if (setup.answer) answer = setup.answer;
    const { section } = await renderTeam();
    const user = await signIn(section, setup);
    await user.click(within(section).getByRole('button', { name: 'Testa anslutning' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent(message);
    expect(await syncTables(db).state.count()).toBe(0);
  });

  it.each<[string, number, RegExp]>([
    ['a missing team database', 404, /^Teamets databas finns inte på servern/],
    ['another team’s database (CouchDB)', 403, /^Användaren har inte behörighet/],
    ['another team’s database (pouchdb-server)', 401, /^Användaren har inte behörighet/],
  ])('refuses to join %s', async (_case, status, message) => {
    answer = (r) => (r.path === '/lotsbok-vast' ? response(status, { error: 'x' }) : undefined);
    const { section } = await renderTeam();
    const user = await signIn(section);
    await user.click(within(section).getByRole('button', { name: 'Gå med i teamet' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent(message);
    expect(await syncTables(db).state.count()).toBe(0);
    expect(await syncTables(db).outbox.count()).toBe(0);
  });

  it('joins, sends what is on the machine, shows Synkad in the header, and leaves keeping the data', async () => {
    const { section } = await renderTeam();
    const areas = await db.priorityAreas.count();
    const user = await signIn(section);
    await user.click(within(section).getByRole('button', { name: 'Gå med i teamet' }));

    expect(await within(section).findByText(/^Datorn är med i teamet vast\./)).toBeVisible();
    expect(
      within(section).getByText(/^Den här datorn är med i teamet vast på https:\/\/lotsbok/),
    ).toBeVisible();
    const banner = screen.getByRole('banner');
    await waitFor(() =>
      expect(within(banner).getByRole('status')).toHaveTextContent(/^Synkad \d\d:\d\d$/),
    );
    const pushed = requests
      .filter((request) => request.path === '/lotsbok-vast/_bulk_docs')
      .flatMap((request) => (request.body as { docs: { _id: string; updatedBy: string }[] }).docs);
    expect(pushed.filter((doc) => doc._id.startsWith('priorityAreas:'))).toHaveLength(areas);
    expect(pushed.every((doc) => doc.updatedBy === 'anna')).toBe(true);
    // The password is not kept anywhere in the database.
    const everything = JSON.stringify(await Promise.all(db.tables.map((table) => table.toArray())));
    expect(everything).not.toContain('hemligt');

    await user.click(within(section).getByRole('button', { name: 'Lämna teamet' }));
    const dialog = await screen.findByRole('dialog', { name: 'Lämna teamet?' });
    await user.click(within(dialog).getByRole('button', { name: 'Lämna teamet' }));
    expect(await within(section).findByRole('button', { name: 'Gå med i teamet' })).toBeVisible();
    expect(within(banner).queryByRole('status')).toBeNull();
    expect(await db.priorityAreas.count()).toBe(areas);
    expect(await syncTables(db).state.count()).toBe(0);
    expect(platform.forgetTeamSession).toHaveBeenCalledWith('https://lotsbok.kommun.se');
  });

  it('asks for the password again when the server session has ended, then syncs on', async () => {
    const { section } = await renderTeam();
    const user = await signIn(section);
    await user.click(within(section).getByRole('button', { name: 'Gå med i teamet' }));
    await within(section).findByText(/^Datorn är med i teamet vast\./);
    await stopTeamSync();

    // The next start finds the session gone (401 on the team database's feed).
    answer = (r) =>
      r.path.startsWith('/lotsbok-vast/') ? response(401, { error: 'unauthorized' }) : undefined;
    await startTeamSync();
    expect(await within(section).findByText(/^Sessionen på servern har gått ut/)).toBeVisible();
    answer = () => undefined;
    await user.type(within(section).getByLabelText(/^Lösenord/), 'hemligt');
    await user.click(within(section).getByRole('button', { name: 'Logga in igen' }));
    expect(await within(section).findByText('Inloggad igen. Synkningen fortsätter.')).toBeVisible();
    const banner = screen.getByRole('banner');
    await waitFor(() => expect(within(banner).getByRole('status')).toHaveTextContent(/^Synkad/));
  });

  it('names a change the server refused, keeps it, and sends it again only when asked', async () => {
    let refuse = true;
    answer = (r) => {
      if (!r.path.endsWith('/_bulk_docs')) return undefined;
      const docs = (r.body as { docs: { _id: string }[] }).docs;
      return response(
        201,
        docs.map((doc) =>
          refuse && doc._id.startsWith('priorityAreas:')
            ? { id: doc._id, error: 'forbidden', reason: 'Fältet ”name” saknas eller har fel typ.' }
            : { ok: true, id: doc._id, rev: '1-abc' },
        ),
      );
    };
    const { section } = await renderTeam();
    const areas = await db.priorityAreas.toArray();
    const user = await signIn(section);
    await user.click(within(section).getByRole('button', { name: 'Gå med i teamet' }));

    const banner = screen.getByRole('banner');
    await waitFor(() =>
      expect(within(banner).getByRole('status')).toHaveTextContent(
        `Fel: ${areas.length} ändringar nekades av servern`,
      ),
    );
    const list = await within(section).findByRole('heading', {
      name: 'Ändringar som servern nekade',
    });
    expect(list).toBeVisible();
    expect(
      within(section).getByText(`Prioriterat område ${areas[0]?.name ?? ''}`, { exact: false }),
    ).toBeVisible();
    expect(await db.priorityAreas.count()).toBe(areas.length);

    refuse = false;
    await user.click(within(section).getByRole('button', { name: 'Skicka nekade ändringar igen' }));
    await waitFor(() => expect(within(banner).getByRole('status')).toHaveTextContent(/^Synkad/));
    expect(await syncTables(db).outbox.count()).toBe(0);
  });
});
