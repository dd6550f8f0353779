import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CouchReply, CouchRequest } from '@shared/couchTransport';
import { IPC } from '@shared/ipcChannels';
import type { InvokeContext, IpcHandler } from '../../../src/main/ipc/handler';
import type { TeamSessions } from '../../../src/main/teamSessions';

const electron = vi.hoisted(() => {
  const handlers = new Map<string, IpcHandler<unknown>>();
  return {
    handlers,
    userData: '',
    ipcMain: {
      handle: (channel: string, listener: IpcHandler<unknown>) => {
        handlers.set(channel, listener);
      },
    },
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptString: (text: string) =>
        Buffer.from(`sealed:${Buffer.from(text).toString('base64')}`),
      decryptString: (data: Buffer) =>
        Buffer.from(data.toString().replace(/^sealed:/, ''), 'base64').toString(),
    },
  };
});
vi.mock('electron', () => ({
  ipcMain: electron.ipcMain,
  safeStorage: electron.safeStorage,
  dialog: {},
  BrowserWindow: { getFocusedWindow: () => null, getAllWindows: () => [] },
  app: {
    getVersion: () => '0.1.0',
    getPath: (name: string) => (name === 'userData' ? electron.userData : ''),
  },
}));

const { registerIpc } = await import('../../../src/main/ipc/registerIpc');
const { createTeamServerHandlers } = await import('../../../src/main/ipc/teamServer');

const APP_URL = 'file:///opt/lotsbok/out/renderer/index.html';
const SERVER = 'https://team.example.se';
const printToPDF = async () => new Uint8Array();
const fromApp: InvokeContext = { senderFrame: { url: `${APP_URL}#/team` }, sender: { printToPDF } };

/** Sessions that record what reached them. */
function recordingSessions(reply: CouchReply = { kind: 'response', status: 200, body: {} }) {
  const requests: { serverUrl: string; request: CouchRequest }[] = [];
  const forgotten: string[] = [];
  const sessions: TeamSessions = {
    request: async (serverUrl, request) => {
      requests.push({ serverUrl, request });
      return reply;
    },
    forget: async (serverUrl) => {
      forgotten.push(serverUrl);
    },
  };
  return { sessions, requests, forgotten };
}

const getDb: CouchRequest = { method: 'GET', path: '/lotsbok-vast' };

describe('teamServerRequest: what it accepts', () => {
  it.each([
    ['a method CouchDB is not asked with', { method: 'PATCH', path: '/db' }],
    ['a method in lower case', { method: 'get', path: '/db' }],
    ['a path with ..', { method: 'GET', path: '/db/../_users' }],
    ['a path ending in ..', { method: 'GET', path: '/db/..' }],
    ['a path with %2e%2e', { method: 'GET', path: '/db/%2e%2e/_users' }],
    ['a path with .%2E', { method: 'GET', path: '/.%2E/_users' }],
    ['a path with a . segment', { method: 'GET', path: '/./db' }],
    ['a path not from the root', { method: 'GET', path: 'db/_changes' }],
    ['a path that is a whole URL', { method: 'GET', path: 'https://annan.example.se/db' }],
    ['a path with a query in it', { method: 'GET', path: '/db?since=0' }],
    ['a path with a backslash', { method: 'GET', path: '/db\\..\\_users' }],
    ['an empty path', { method: 'GET', path: '' }],
    ['too short a timeout', { method: 'GET', path: '/db', timeoutMs: 999 }],
    ['too long a timeout', { method: 'GET', path: '/db', timeoutMs: 120_001 }],
    ['a timeout that is not whole', { method: 'GET', path: '/db', timeoutMs: 1500.5 }],
    ['an unknown field', { method: 'GET', path: '/db', headers: { Cookie: 'x' } }],
  ])('refuses %s', async (_name, request) => {
    const { sessions, requests } = recordingSessions();
    const { teamServerRequest } = createTeamServerHandlers(() => sessions);
    const result = await teamServerRequest(fromApp, { serverUrl: SERVER, request });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^Ogiltig begäran: request[.:]/);
    expect(requests).toEqual([]);
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'ftp://team.example.se',
    'https://anna:hemligt@team.example.se',
    'https://team.example.se/?x=1',
    'inte en adress',
  ])('refuses the server address %j', async (serverUrl) => {
    const { sessions, requests } = recordingSessions();
    const { teamServerRequest } = createTeamServerHandlers(() => sessions);
    expect(await teamServerRequest(fromApp, { serverUrl, request: getDb })).toEqual({
      ok: false,
      error: 'Ogiltig begäran: serverns adress är inte en http- eller https-adress',
    });
    expect(requests).toEqual([]);
  });

  it.each([
    ['no server address', { serverUrl: '', request: getDb }, /^Ogiltig begäran: serverUrl: /],
    ['no request', { serverUrl: SERVER }, /^Ogiltig begäran: request: /],
    ['nothing at all', undefined, /^Ogiltig begäran: /],
  ])('refuses %s', async (_name, input, error) => {
    const { sessions } = recordingSessions();
    const { teamServerRequest } = createTeamServerHandlers(() => sessions);
    const result = await teamServerRequest(fromApp, input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });

  it('passes a valid request on with the address normalised, and returns the reply', async () => {
    const reply: CouchReply = { kind: 'response', status: 201, body: { ok: true } };
    const { sessions, requests } = recordingSessions(reply);
    const { teamServerRequest } = createTeamServerHandlers(() => sessions);
    const request: CouchRequest = {
      method: 'PUT',
      path: '/lotsbok-vast/org%3A1',
      query: { new_edits: false, limit: 5, since: 'now' },
      body: { _id: 'org:1', namn: 'Föreningen Ängen' },
      timeoutMs: 60_000,
    };
    expect(await teamServerRequest(fromApp, { serverUrl: ` ${SERVER}/couch/ `, request })).toEqual({
      ok: true,
      value: reply,
    });
    expect(requests).toEqual([{ serverUrl: `${SERVER}/couch`, request }]);
  });

  it('passes a failure to reach the server on as a reply, not as an error', async () => {
    const reply: CouchReply = { kind: 'failure', failure: 'certificate', detail: 'CERT' };
    const { teamServerRequest } = createTeamServerHandlers(() => recordingSessions(reply).sessions);
    expect(await teamServerRequest(fromApp, { serverUrl: SERVER, request: getDb })).toEqual({
      ok: true,
      value: reply,
    });
  });

  it('says in Swedish when the sessions themselves fail', async () => {
    const sessions: TeamSessions = {
      request: async () => {
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
      forget: async () => {},
    };
    const { teamServerRequest } = createTeamServerHandlers(() => sessions);
    expect(await teamServerRequest(fromApp, { serverUrl: SERVER, request: getDb })).toEqual({
      ok: false,
      error:
        'Kunde inte nå teamets server: det finns inte tillräckligt med ledigt utrymme på disken',
    });
  });
});

describe('forgetTeamSession', () => {
  it('forgets the normalised address', async () => {
    const { sessions, forgotten } = recordingSessions();
    const { forgetTeamSession } = createTeamServerHandlers(() => sessions);
    expect(await forgetTeamSession(fromApp, `${SERVER}/`)).toEqual({ ok: true, value: null });
    expect(forgotten).toEqual([SERVER]);
  });

  it('refuses what is not an address, and has nothing to forget for a non-http one', async () => {
    const { sessions, forgotten } = recordingSessions();
    const { forgetTeamSession } = createTeamServerHandlers(() => sessions);
    const result = await forgetTeamSession(fromApp, 42);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^Ogiltig begäran: /);
    expect(await forgetTeamSession(fromApp, 'file:///x')).toEqual({ ok: true, value: null });
    expect(forgotten).toEqual([]);
  });
});

describe('the registered team-server channels', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lotsbok-team-ipc-'));
  electron.userData = dir;
  afterAll(() => {
    vi.unstubAllGlobals();
    rmSync(dir, { recursive: true, force: true });
  });

  const fetch = vi.fn(async (url: string, init: { method: string; headers: object }) => {
    void init;
    const signingIn = url.endsWith('/_session');
    return {
      status: 200,
      headers: {
        get: () => null,
        getSetCookie: () => (signingIn ? ['AuthSession=abc; Version=1; Path=/; HttpOnly'] : []),
      },
      text: async () => JSON.stringify({ ok: true }),
    };
  });

  beforeEach(() => {
    electron.handlers.clear();
    fetch.mockClear();
    vi.stubGlobal('fetch', fetch);
    registerIpc(APP_URL);
  });

  const call = (channel: string, input: unknown, context: InvokeContext = fromApp) => {
    const handler = electron.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(context, input);
  };

  it.each([
    ['another page', { senderFrame: { url: 'https://example.se/' }, sender: { printToPDF } }],
    [
      'another local file',
      { senderFrame: { url: 'file:///tmp/evil.html' }, sender: { printToPDF } },
    ],
    ['a destroyed frame', { senderFrame: null, sender: { printToPDF } }],
  ])('refuse requests from %s', async (_name, context: InvokeContext) => {
    const denied = { ok: false, error: 'Åtkomst nekad: begäran kom inte från Lotsbok.' };
    expect(
      await call(IPC.teamServerRequest, { serverUrl: SERVER, request: getDb }, context),
    ).toEqual(denied);
    expect(await call(IPC.forgetTeamSession, SERVER, context)).toEqual(denied);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('sign in through the main process, keep the sign-in sealed and forget it', async () => {
    const signIn = {
      serverUrl: SERVER,
      request: { method: 'POST', path: '/_session', body: { name: 'anna', password: 'hemligt' } },
    };
    expect(await call(IPC.teamServerRequest, signIn)).toEqual({
      ok: true,
      value: { kind: 'response', status: 200, body: { ok: true } },
    });
    expect(fetch.mock.calls[0]?.[0]).toBe(`${SERVER}/_session`);

    const file = join(dir, 'team-sign-in.json');
    const sealed = readFileSync(file, 'utf8');
    expect(Object.keys(JSON.parse(sealed) as object)).toEqual([SERVER]);
    expect(sealed).not.toContain('hemligt');

    await call(IPC.teamServerRequest, { serverUrl: SERVER, request: getDb });
    expect(fetch.mock.calls[1]?.[0]).toBe(`${SERVER}/lotsbok-vast`);
    expect(fetch.mock.calls[1]?.[1].headers).toMatchObject({ Cookie: 'AuthSession=abc' });

    expect(await call(IPC.forgetTeamSession, SERVER)).toEqual({ ok: true, value: null });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({});
  });
});
