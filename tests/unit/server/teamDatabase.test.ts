import { createServer, type Server } from 'node:http';
import { SYNCED_TABLES } from '@renderer/domain/syncRecords';
import {
  DESIGN_DOC_ID,
  setUpTeam,
  validateDocUpdate,
} from '../../../scripts/couch/teamDatabase.mjs';
import { startCouchServer, type CouchServer } from '../../support/couchServer';

// The team database's rules against a real pouchdb-server: set up as `npm run server:setup` does,
// then written to as the team's users (Basic auth, as the client's kept AuthSession would be).

let server: CouchServer;
const vast = 'lotsbok-vast';
const users = [
  { name: 'anna', password: 'anna-hemligt' },
  { name: 'bo', password: 'bo-hemligt' },
];

function basic(name: string, password: string): string {
  return `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;
}

async function call(
  method: string,
  path: string,
  options: { as?: string; body?: unknown; cookie?: string } = {},
): Promise<{ status: number; json: Record<string, unknown>; headers: Headers }> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Content-Type': 'application/json',
  };
  if (options.cookie) headers['Cookie'] = options.cookie;
  else {
    const user = options.as ?? 'anna';
    const password = user === 'admin' ? server.admin.password : `${user}-hemligt`;
    headers['Authorization'] = basic(user, password);
  }
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  return { status: response.status, json: await response.json(), headers: response.headers };
}

function organisation(id: string, updatedBy = 'anna') {
  return {
    _id: `organisations:${id}`,
    type: 'organisations',
    updatedBy,
    updatedAt: '2026-12-08T10:00:00.000Z',
    data: { id, name: 'Cykelkooperativet', status: 'active' },
  };
}

function event(id: string) {
  return {
    _id: `events:${id}`,
    type: 'events',
    updatedBy: 'anna',
    data: { id, at: '2026-12-08T10:00:00.000Z', entityType: 'call', entityId: 'c1', kind: 'x' },
  };
}

beforeAll(async () => {
  server = await startCouchServer();
}, 60_000);

afterAll(async () => {
  await server?.stop();
}, 10_000);

describe('setUpTeam', () => {
  test('creates the team once and brings it up to date when run again', async () => {
    const options = { url: server.url, admin: server.admin, team: 'vast', users };
    const first = await setUpTeam(options);
    expect(first).toMatchObject({
      database: vast,
      role: vast,
      databaseCreated: true,
      users: [
        { name: 'anna', result: 'created' },
        { name: 'bo', result: 'created' },
      ],
    });
    const second = await setUpTeam({ ...options, origins: ['http://localhost:5173'] });
    expect(first.rulesUpdated).toBe(true);
    expect(second.databaseCreated).toBe(false);
    expect(second.rulesUpdated).toBe(false);
    expect(second.users.map((user) => user.result)).toEqual(['updated', 'updated']);

    const security = await call('GET', `/${vast}/_security`, { as: 'admin' });
    expect(security.json).toEqual({
      admins: { names: [], roles: [] },
      members: { names: [], roles: [vast] },
    });
    const design = await call('GET', `/${vast}/${DESIGN_DOC_ID}`, { as: 'admin' });
    expect(design.json['validate_doc_update']).toBe(validateDocUpdate);
    const origins = await call('GET', '/_config/cors/origins', { as: 'admin' });
    expect(origins.json).toBe('http://localhost:5173');
  }, 30_000);

  test('keeps the other roles a user already has', async () => {
    await setUpTeam({
      url: server.url,
      admin: server.admin,
      team: 'norr',
      users: [{ name: 'bo', password: 'bo-hemligt' }],
    });
    const bo = await call('GET', '/_users/org.couchdb.user:bo', { as: 'admin' });
    expect(bo.json['roles']).toEqual([vast, 'lotsbok-norr']);
  });

  test('says in Swedish what is wrong with the server or the admin', async () => {
    const admin = { name: 'admin', password: 'fel' };
    await expect(setUpTeam({ url: server.url, admin, team: 'vast', users })).rejects.toThrow(
      'Fel namn eller lösenord för administratören ”admin”.',
    );
    await expect(
      setUpTeam({ url: server.url, admin: users[0]!, team: 'vast', users }),
    ).rejects.toThrow('”anna” är inte administratör på servern.');
    await expect(
      setUpTeam({ url: 'http://127.0.0.1:9', admin: server.admin, team: 'vast', users }),
    ).rejects.toThrow('svarar inte');

    const other: Server = createServer((_request, response) => response.end('<html></html>'));
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const address = other.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      await expect(
        setUpTeam({ url: `http://127.0.0.1:${port}`, admin: server.admin, team: 'vast', users }),
      ).rejects.toThrow('är ingen CouchDB-server');
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
  });
});

describe('the team database', () => {
  beforeAll(async () => {
    await setUpTeam({ url: server.url, admin: server.admin, team: 'vast', users });
    await setUpTeam({
      url: server.url,
      admin: server.admin,
      team: 'norr',
      users: [{ name: 'cilla', password: 'cilla-hemligt' }],
    });
  }, 30_000);

  test('a member writes, updates and deletes a valid document', async () => {
    const created = await call('PUT', `/${vast}/organisations:org-1`, {
      body: organisation('org-1'),
    });
    expect(created.status).toBe(201);
    const rev = String(created.json['rev']);
    const updated = await call('PUT', `/${vast}/organisations:org-1`, {
      as: 'bo',
      body: { ...organisation('org-1', 'bo'), _rev: rev },
    });
    expect(updated.status).toBe(201);
    const deleted = await call('PUT', `/${vast}/organisations:org-1`, {
      as: 'bo',
      body: {
        _id: 'organisations:org-1',
        _rev: updated.json['rev'],
        _deleted: true,
        type: 'organisations',
        updatedBy: 'bo',
      },
    });
    expect(deleted.status).toBe(201);
  });

  test.each([
    ['an unknown type', { ...organisation('o2'), type: 'secrets' }, 'Okänd dokumenttyp.'],
    ['an _id of another type', { ...organisation('o2'), _id: 'calls:o2' }, 'måste börja med'],
    ['a forged updatedBy', organisation('o2', 'bo'), '”updatedBy” måste vara'],
    [
      'a missing required field',
      { ...organisation('o2'), data: { id: 'o2', name: 'X' } },
      'Fältet ”status” saknas',
    ],
    [
      'an id that differs from data.id',
      { ...organisation('o2'), data: { id: 'o3', name: 'X', status: 'active' } },
      'id stämmer inte',
    ],
  ])('refuses %s', async (_what, doc, reason) => {
    const result = await call('PUT', `/${vast}/${encodeURIComponent(doc._id)}`, { body: doc });
    expect(result.status).toBe(403);
    expect(result.json['error']).toBe('forbidden');
    expect(String(result.json['reason'])).toContain(reason);
  });

  test('refuses the same in _bulk_docs, one document at a time', async () => {
    const result = await call('POST', `/${vast}/_bulk_docs`, {
      body: { docs: [organisation('o4'), organisation('o5', 'bo')] },
    });
    expect(result.status).toBe(201);
    const rows = result.json as unknown as Record<string, unknown>[];
    const row = (id: string) => rows.find((each) => each['id'] === id);
    // pouchdb-server leaves out CouchDB's `ok: true` and may list the rows in another order.
    expect(row('organisations:o4')).toMatchObject({ rev: expect.any(String) });
    expect(row('organisations:o5')).toMatchObject({ error: 'forbidden' });
  });

  test('an event is written once and can be neither changed nor deleted', async () => {
    const created = await call('PUT', `/${vast}/events:e1`, { body: event('e1') });
    expect(created.status).toBe(201);
    const rev = String(created.json['rev']);
    const changed = await call('PUT', `/${vast}/events:e1`, {
      body: { ...event('e1'), _rev: rev, data: { ...event('e1').data, kind: 'y' } },
    });
    expect(changed.status).toBe(403);
    // A deletion as the client sends it; a bare DELETE carries no type and is refused anyway.
    const deleted = await call('PUT', `/${vast}/events:e1`, {
      body: { _id: 'events:e1', _rev: rev, _deleted: true, type: 'events', updatedBy: 'anna' },
    });
    expect(deleted.status).toBe(403);
    expect(String(deleted.json['reason'])).toContain('kan inte ändras eller tas bort');
  });

  test('nobody signed out can read the team database', async () => {
    const response = await fetch(`${server.url}/${vast}/_all_docs`, {
      headers: { Accept: 'application/json' },
    });
    expect(response.status).toBe(401);
  });

  test('a user of another team can neither read nor write the team database', async () => {
    const read = await call('GET', `/${vast}/_all_docs`, { as: 'cilla' });
    expect([401, 403]).toContain(read.status);
    const written = await call('PUT', `/${vast}/organisations:o6`, {
      as: 'cilla',
      body: organisation('o6', 'cilla'),
    });
    expect([401, 403]).toContain(written.status);
    const bulk = await call('POST', `/${vast}/_bulk_docs`, {
      as: 'cilla',
      body: { docs: [organisation('o7', 'cilla')] },
    });
    const refused =
      [401, 403].includes(bulk.status) ||
      (bulk.json as unknown as { error?: string }[]).every((row) => row.error !== undefined);
    expect(refused).toBe(true);
    const stored = await call(
      'GET',
      `/${vast}/_all_docs?keys=["organisations:o6","organisations:o7"]`,
      {
        as: 'admin',
      },
    );
    expect(stored.json['rows']).toEqual([
      { key: 'organisations:o6', error: 'not_found' },
      { key: 'organisations:o7', error: 'not_found' },
    ]);
  });

  test('a team user logs in by _session and writes with the cookie', async () => {
    const response = await fetch(`${server.url}/_session`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'anna', password: 'anna-hemligt' }),
    });
    expect(response.status).toBe(200);
    const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(cookie).toMatch(/^AuthSession=./);
    const session = await call('GET', '/_session', { cookie });
    expect(session.json['userCtx']).toMatchObject({ name: 'anna', roles: [vast] });
    const written = await call('PUT', `/${vast}/organisations:o8`, {
      cookie,
      body: organisation('o8'),
    });
    expect(written.status).toBe(201);
  });
});

test('a dump restores as docs/team-server.md says: revisions kept, rules added afterwards', async () => {
  await setUpTeam({ url: server.url, admin: server.admin, team: 'vast', users });
  const written = await call('PUT', `/${vast}/organisations:r1`, { body: organisation('r1') });
  const dump = await call('GET', `/${vast}/_all_docs?include_docs=true`, { as: 'admin' });
  const docs = (dump.json['rows'] as { doc: { _id: string } }[])
    .map((row) => row.doc)
    .filter((doc) => !doc._id.startsWith('_design/'));

  expect((await call('PUT', '/lotsbok-kopia', { as: 'admin' })).status).toBe(201);
  const restored = await call('POST', '/lotsbok-kopia/_bulk_docs', {
    as: 'admin',
    body: { new_edits: false, docs },
  });
  expect(restored.status).toBe(201);
  await setUpTeam({ url: server.url, admin: server.admin, team: 'kopia', users: [] });

  const copy = await call('GET', '/lotsbok-kopia/organisations:r1', { as: 'admin' });
  expect(copy.json['_rev']).toBe(written.json['rev']);
  const design = await call('GET', `/lotsbok-kopia/${DESIGN_DOC_ID}`, { as: 'admin' });
  expect(design.json['validate_doc_update']).toBe(validateDocUpdate);
});

describe('validate_doc_update on its own', () => {
  type Validate = (newDoc: unknown, oldDoc: unknown, userCtx: unknown, secObj: unknown) => void;
  const validate = new Function(`return ${validateDocUpdate}`)() as Validate;
  const member = { name: 'anna', roles: [vast], db: vast };
  const secObj = { admins: { names: [], roles: [] }, members: { names: [], roles: [vast] } };

  function refusal(doc: unknown, userCtx: unknown = member, oldDoc: unknown = null) {
    try {
      validate(doc, oldDoc, userCtx, secObj);
      return null;
    } catch (error) {
      return (error as { forbidden: string }).forbidden;
    }
  }

  test('knows every synced table', () => {
    for (const table of SYNCED_TABLES) {
      expect(refusal({ _id: `${table}:x`, type: table, updatedBy: 'anna', _deleted: true })).toBe(
        null,
      );
    }
  });

  test('settings are keyed by data.key and need a value', () => {
    const setting = (data: object) => ({
      _id: 'settings:theme',
      type: 'settings',
      updatedBy: 'anna',
      data,
    });
    expect(refusal(setting({ key: 'theme', value: null }))).toBe(null);
    expect(refusal(setting({ key: 'theme' }))).toBe('Fältet ”value” saknas.');
    expect(refusal(setting({ key: 'other', value: 1 }))).toContain('id stämmer inte');
  });

  test('a user without the team role is refused, a design document needs an admin', () => {
    const outsider = { name: 'cilla', roles: ['lotsbok-norr'], db: vast };
    expect(refusal({ ...organisation('o1', 'cilla') }, outsider)).toBe(
      'Du är inte medlem i det här teamet.',
    );
    const { db: _db, ...outsiderWithoutDb } = outsider;
    expect(refusal({ ...organisation('o1', 'cilla') }, outsiderWithoutDb)).toBe(
      'Du är inte medlem i det här teamet.',
    );
    const design = { _id: DESIGN_DOC_ID, validate_doc_update: '' };
    expect(refusal(design)).toContain('administratör');
    expect(refusal(design, { name: 'admin', roles: ['_admin'] })).toBe(null);
  });

  test('a deleted event may be written again (a re-created record), a live one not deleted', () => {
    const gone = { _id: 'events:e1', _deleted: true };
    expect(refusal(event('e1'), member, gone)).toBe(null);
    expect(refusal({ ...event('e1'), _deleted: true }, member, event('e1'))).toContain(
      'kan inte ändras',
    );
  });
});
