import { describe, expect, it } from 'vitest';
import type { FetchLike } from '@shared/couchTransport';
import { createTeamSessions, type SignIn, type SignInStore } from '../../../src/main/teamSessions';

const SERVER = 'https://team.example.se';
const OTHER_SERVER = 'https://annat.example.se';
const ANNA: SignIn = { name: 'anna', password: 'hemligt' };

type Init = Parameters<FetchLike>[1];
type Call = { url: string; init: Init };

/** Just enough of CouchDB's cookie authentication: one user, one live session at a time. */
function fakeCouch(options: { password?: string } = {}) {
  let password = options.password ?? ANNA.password;
  let liveCookie: string | null = null;
  let issued = 0;
  const calls: Call[] = [];
  let failure: Error | null = null;

  const reply = (status: number, body: unknown, setCookie: string[] = []) => ({
    status,
    headers: {
      get: (name: string) =>
        name.toLowerCase() === 'set-cookie' && setCookie.length > 0 ? setCookie.join(', ') : null,
      getSetCookie: () => setCookie,
    },
    text: async () => JSON.stringify(body),
  });

  const fetch: FetchLike = async (url, init) => {
    calls.push({ url, init });
    if (failure) throw failure;
    const path = new URL(url).pathname;
    const cookie = /AuthSession=([^;]*)/.exec(init.headers['Cookie'] ?? '')?.[1] ?? null;
    const signedIn = liveCookie !== null && cookie === liveCookie;
    if (path === '/_session' && init.method === 'POST') {
      const body = JSON.parse(init.body ?? '{}') as { name?: string; password?: string };
      if (body.name !== ANNA.name || body.password !== password) {
        return reply(401, { error: 'unauthorized', reason: 'Name or password is incorrect.' });
      }
      issued += 1;
      liveCookie = issued === 1 ? 'abc' : `abc${issued}`;
      return reply(200, { ok: true, name: ANNA.name, roles: [] }, [
        `AuthSession=${liveCookie}; Version=1; Path=/; HttpOnly`,
      ]);
    }
    if (path === '/_session' && init.method === 'DELETE') {
      liveCookie = null;
      return reply(200, { ok: true }, ['AuthSession=; Version=1; Path=/; HttpOnly']);
    }
    if (!signedIn) return reply(401, { error: 'unauthorized', reason: 'You are not authorized.' });
    return reply(200, { ok: true, path });
  };

  return {
    fetch,
    calls,
    /** The server forgets every session (CouchDB's idle timeout). */
    expire: () => {
      liveCookie = null;
    },
    changePassword: (next: string) => {
      password = next;
    },
    failWith: (error: Error | null) => {
      failure = error;
    },
    cookiesSent: () => calls.map((call) => call.init.headers['Cookie'] ?? null),
  };
}

function memoryStore(initial: Record<string, SignIn> = {}) {
  const entries = new Map(Object.entries(initial));
  const store: SignInStore = {
    load: async (serverUrl) => entries.get(serverUrl) ?? null,
    save: async (serverUrl, signIn) => {
      entries.set(serverUrl, signIn);
    },
    remove: async (serverUrl) => {
      entries.delete(serverUrl);
    },
  };
  return { store, entries };
}

const signIn = (password = ANNA.password) =>
  ({
    method: 'POST',
    path: '/_session',
    body: { name: ANNA.name, password },
  }) as const;
const getDb = { method: 'GET', path: '/lotsbok-vast' } as const;

function networkError(code: string): TypeError {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) });
}

describe('createTeamSessions', () => {
  it('keeps a sign-in the server accepted, and sends its cookie on later requests', async () => {
    const couch = fakeCouch();
    const { store, entries } = memoryStore();
    const sessions = createTeamSessions({ fetch: couch.fetch, store });

    const reply = await sessions.request(SERVER, signIn());
    expect(reply).toMatchObject({ kind: 'response', status: 200 });
    expect(entries.get(SERVER)).toEqual(ANNA);

    expect(await sessions.request(SERVER, getDb)).toEqual({
      kind: 'response',
      status: 200,
      body: { ok: true, path: '/lotsbok-vast' },
    });
    expect(couch.cookiesSent()).toEqual([null, 'AuthSession=abc']);
    expect(couch.calls[1]?.url).toBe(`${SERVER}/lotsbok-vast`);
  });

  it('does not keep a sign-in the server refused', async () => {
    const couch = fakeCouch();
    const { store, entries } = memoryStore();
    const sessions = createTeamSessions({ fetch: couch.fetch, store });
    expect(await sessions.request(SERVER, signIn('fel'))).toMatchObject({ status: 401 });
    expect(entries.size).toBe(0);
  });

  it('signs in again when the session has expired and repeats the request once', async () => {
    const couch = fakeCouch();
    const { store } = memoryStore();
    const sessions = createTeamSessions({ fetch: couch.fetch, store });
    await sessions.request(SERVER, signIn());
    couch.expire();

    const reply = await sessions.request(SERVER, getDb);
    expect(reply).toMatchObject({ kind: 'response', status: 200 });
    expect(couch.calls.map((call) => `${call.init.method} ${new URL(call.url).pathname}`)).toEqual([
      'POST /_session',
      'GET /lotsbok-vast',
      'POST /_session',
      'GET /lotsbok-vast',
    ]);
    expect(couch.cookiesSent().at(-1)).toBe('AuthSession=abc2');
  });

  it('signs in with a sign-in kept from before a restart', async () => {
    const couch = fakeCouch();
    const { store } = memoryStore({ [SERVER]: ANNA });
    const sessions = createTeamSessions({ fetch: couch.fetch, store });
    expect(await sessions.request(SERVER, getDb)).toMatchObject({ status: 200 });
    expect(couch.calls).toHaveLength(3);
  });

  it('returns a 401 as it is when no sign-in is kept', async () => {
    const couch = fakeCouch();
    const sessions = createTeamSessions({ fetch: couch.fetch, store: memoryStore().store });
    expect(await sessions.request(SERVER, getDb)).toEqual({
      kind: 'response',
      status: 401,
      body: { error: 'unauthorized', reason: 'You are not authorized.' },
    });
    expect(couch.calls).toHaveLength(1);
  });

  it('repeats a request only once, even if it is refused again', async () => {
    const couch = fakeCouch();
    const { store } = memoryStore();
    const sessions = createTeamSessions({ fetch: couch.fetch, store });
    await sessions.request(SERVER, signIn());
    // A server that forgets each session at once: the repeat is refused too.
    const expiring: FetchLike = async (url, init) => {
      const response = await couch.fetch(url, init);
      couch.expire();
      return response;
    };
    const flaky = createTeamSessions({ fetch: expiring, store });
    couch.calls.length = 0;
    expect(await flaky.request(SERVER, getDb)).toMatchObject({ status: 401 });
    expect(couch.calls).toHaveLength(3);
  });

  it('drops a kept sign-in the server no longer accepts', async () => {
    const couch = fakeCouch();
    const { store, entries } = memoryStore();
    const sessions = createTeamSessions({ fetch: couch.fetch, store });
    await sessions.request(SERVER, signIn());
    couch.expire();
    couch.changePassword('nytt');

    expect(await sessions.request(SERVER, getDb)).toMatchObject({ status: 401 });
    expect(entries.has(SERVER)).toBe(false);
    expect(couch.calls).toHaveLength(3);
  });

  it('keeps the sign-in when signing in again fails for want of a network', async () => {
    const couch = fakeCouch();
    const { store, entries } = memoryStore();
    const sessions = createTeamSessions({ fetch: couch.fetch, store });
    await sessions.request(SERVER, signIn());
    couch.expire();
    const offlineAfterFirst: FetchLike = async (url, init) => {
      const response = await couch.fetch(url, init);
      couch.failWith(networkError('ECONNRESET'));
      return response;
    };
    const laptop = createTeamSessions({ fetch: offlineAfterFirst, store });
    expect(await laptop.request(SERVER, getDb)).toMatchObject({ kind: 'response', status: 401 });
    expect(entries.get(SERVER)).toEqual(ANNA);
  });

  it('forgets the sign-in on DELETE /_session', async () => {
    const couch = fakeCouch();
    const { store, entries } = memoryStore();
    const sessions = createTeamSessions({ fetch: couch.fetch, store });
    await sessions.request(SERVER, signIn());

    expect(await sessions.request(SERVER, { method: 'DELETE', path: '/_session' })).toMatchObject({
      status: 200,
    });
    expect(couch.cookiesSent()[1]).toBe('AuthSession=abc');
    expect(entries.has(SERVER)).toBe(false);

    expect(await sessions.request(SERVER, getDb)).toMatchObject({ status: 401 });
    expect(couch.cookiesSent()[2]).toBeNull();
  });

  it('forget() drops the session and the kept sign-in of that server only', async () => {
    const couch = fakeCouch();
    const { store, entries } = memoryStore({ [OTHER_SERVER]: ANNA });
    const sessions = createTeamSessions({ fetch: couch.fetch, store });
    await sessions.request(SERVER, signIn());

    await sessions.forget(SERVER);
    expect(entries.has(SERVER)).toBe(false);
    expect(entries.get(OTHER_SERVER)).toEqual(ANNA);
    expect(await sessions.request(SERVER, getDb)).toMatchObject({ status: 401 });
    expect(couch.cookiesSent().at(-1)).toBeNull();
  });

  it('keeps one session per server', async () => {
    const couch = fakeCouch();
    const sessions = createTeamSessions({ fetch: couch.fetch, store: memoryStore().store });
    await sessions.request(SERVER, signIn());
    await sessions.request(OTHER_SERVER, getDb);
    expect(couch.cookiesSent()).toEqual([null, null]);
  });

  it('signs in again only once for requests refused at the same time', async () => {
    const couch = fakeCouch();
    const { store } = memoryStore();
    const sessions = createTeamSessions({ fetch: couch.fetch, store });
    await sessions.request(SERVER, signIn());
    couch.expire();
    couch.calls.length = 0;

    const replies = await Promise.all([
      sessions.request(SERVER, getDb),
      sessions.request(SERVER, { method: 'GET', path: '/lotsbok-vast/_changes' }),
    ]);
    expect(replies.map((reply) => reply.kind === 'response' && reply.status)).toEqual([200, 200]);
    expect(couch.calls.filter((call) => call.init.method === 'POST')).toHaveLength(1);
  });

  it.each([
    ['ECONNREFUSED', 'unreachable'],
    ['ENOTFOUND', 'unreachable'],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'certificate'],
    ['CERT_HAS_EXPIRED', 'certificate'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'certificate'],
  ])('a network error with code %s is the failure %s', async (code, failure) => {
    const couch = fakeCouch();
    couch.failWith(networkError(code));
    const { store, entries } = memoryStore();
    const sessions = createTeamSessions({ fetch: couch.fetch, store });
    expect(await sessions.request(SERVER, getDb)).toEqual({
      kind: 'failure',
      failure,
      detail: `${code} fetch failed`,
    });
    expect(await sessions.request(SERVER, signIn())).toMatchObject({ kind: 'failure', failure });
    expect(entries.size).toBe(0);
  });

  it('a timeout is the failure timeout', async () => {
    const fetch: FetchLike = async () => {
      throw new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    };
    const sessions = createTeamSessions({ fetch, store: memoryStore().store });
    expect(await sessions.request(SERVER, getDb)).toMatchObject({
      kind: 'failure',
      failure: 'timeout',
    });
  });
});
