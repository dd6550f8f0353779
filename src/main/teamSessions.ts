import {
  createCouchTransport,
  replyOf,
  type CouchReply,
  type CouchRequest,
  type CouchTransport,
  type FetchLike,
} from '@shared/couchTransport';

/**
 * The desktop host's sessions with team servers. The main process keeps CouchDB's AuthSession
 * cookie in memory and the sign-in in a SignInStore (encrypted with safeStorage on disk), so the
 * renderer never holds the password after the sign-in form and nothing secret is in IndexedDB.
 * CouchDB sessions expire (10 minutes idle by default); when one has, this signs in again with the
 * kept sign-in and repeats the request once, so a laptop woken the next morning simply syncs.
 */

export type SignIn = { name: string; password: string };

export type SignInStore = {
  load(serverUrl: string): Promise<SignIn | null>;
  save(serverUrl: string, signIn: SignIn): Promise<void>;
  remove(serverUrl: string): Promise<void>;
};

export type TeamSessions = {
  request(serverUrl: string, request: CouchRequest): Promise<CouchReply>;
  forget(serverUrl: string): Promise<void>;
};

function signInOf(request: CouchRequest): SignIn | null {
  if (request.method !== 'POST' || request.path !== '/_session') return null;
  const body = request.body as { name?: unknown; password?: unknown } | undefined;
  return typeof body?.name === 'string' && typeof body.password === 'string'
    ? { name: body.name, password: body.password }
    : null;
}

export function createTeamSessions(options: {
  fetch: FetchLike;
  store: SignInStore;
}): TeamSessions {
  const { fetch, store } = options;
  const transports = new Map<string, CouchTransport>();
  const transportOf = (serverUrl: string): CouchTransport => {
    let transport = transports.get(serverUrl);
    if (!transport) {
      transport = createCouchTransport({ baseUrl: serverUrl, fetch, keepCookie: true });
      transports.set(serverUrl, transport);
    }
    return transport;
  };

  const signingIn = new Map<string, Promise<boolean>>();
  /** Requests refused together (a pull and a push after a night's sleep) share one sign-in. */
  const signInAgain = (serverUrl: string): Promise<boolean> => {
    let pending = signingIn.get(serverUrl);
    if (!pending) {
      pending = signInWithKept(serverUrl).finally(() => signingIn.delete(serverUrl));
      signingIn.set(serverUrl, pending);
    }
    return pending;
  };

  const signInWithKept = async (serverUrl: string): Promise<boolean> => {
    const kept = await store.load(serverUrl);
    if (!kept) return false;
    const reply = await replyOf(transportOf(serverUrl), {
      method: 'POST',
      path: '/_session',
      body: kept,
      timeoutMs: 15_000,
    });
    if (reply.kind === 'response' && reply.status === 401) {
      // The password was changed on the server: a kept one that no longer works is dropped.
      await store.remove(serverUrl);
    }
    return reply.kind === 'response' && reply.status === 200;
  };

  return {
    async request(serverUrl, request) {
      const transport = transportOf(serverUrl);
      const signIn = signInOf(request);
      const reply = await replyOf(transport, request);
      if (signIn) {
        if (reply.kind === 'response' && reply.status === 200) await store.save(serverUrl, signIn);
        return reply;
      }
      if (request.method === 'DELETE' && request.path === '/_session') {
        transport.forgetSession();
        await store.remove(serverUrl);
        return reply;
      }
      if (reply.kind === 'response' && reply.status === 401 && (await signInAgain(serverUrl))) {
        return replyOf(transport, request);
      }
      return reply;
    },
    async forget(serverUrl) {
      transports.get(serverUrl)?.forgetSession();
      transports.delete(serverUrl);
      await store.remove(serverUrl);
    },
  };
}
