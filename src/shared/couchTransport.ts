/**
 * HTTP to the team's CouchDB server, in the one shape every host shares. The browser keeps
 * CouchDB's session cookie itself (`credentials: 'include'`); Node (the desktop main process,
 * tests) has no cookie store, so this keeps the AuthSession cookie in memory. Pure TypeScript:
 * `fetch` is passed in, so the same code runs in the renderer, in Electron's main and in vitest.
 */

export type CouchMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export type CouchRequest = {
  method: CouchMethod;
  /** From the server root, e.g. `/lotsbok-vast/_changes`. */
  path: string;
  query?: Record<string, string | number | boolean>;
  body?: unknown;
  /** Long polls pass a longer limit; the default suits ordinary requests. */
  timeoutMs?: number;
};

export type CouchResponse = { status: number; body: unknown };

/** Why a request never got an HTTP answer. */
export type TransportFailure = 'unreachable' | 'certificate' | 'timeout' | 'badAddress';

export class TransportError extends Error {
  constructor(
    readonly failure: TransportFailure,
    detail: string,
  ) {
    super(detail);
    this.name = 'TransportError';
  }
}

export type CouchTransport = {
  request(request: CouchRequest): Promise<CouchResponse>;
  /** Forgets the session (leaving a team, signing out). */
  forgetSession(): void;
};

type FetchHeaders = { get(name: string): string | null; getSetCookie?: () => string[] };
type FetchResponse = { status: number; headers: FetchHeaders; text(): Promise<string> };
type FetchInit = {
  method: string;
  headers: Record<string, string>;
  body?: string;
  credentials?: 'include';
  signal?: AbortSignal;
};
export type FetchLike = (url: string, init: FetchInit) => Promise<FetchResponse>;

const DEFAULT_TIMEOUT_MS = 30_000;
const CERTIFICATE_CODES = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/i;

/** Normalises what a user typed as the server address; null when it is not an http(s) URL. */
export function normaliseServerUrl(input: string): string | null {
  const trimmed = input.trim().replace(/\/+$/, '');
  try {
    const url = new URL(trimmed);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (url.username || url.password || url.search || url.hash) return null;
    return trimmed;
  } catch {
    return null;
  }
}

function failureOf(error: unknown): TransportError {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return new TransportError('timeout', error.message);
  }
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : null;
  const code = typeof cause?.code === 'string' ? cause.code : '';
  const message = error instanceof Error ? error.message : String(error);
  if (CERTIFICATE_CODES.test(code)) return new TransportError('certificate', `${code} ${message}`);
  return new TransportError('unreachable', code ? `${code} ${message}` : message);
}

function urlOf(baseUrl: string, request: CouchRequest): string {
  const query = request.query
    ? '?' +
      Object.entries(request.query)
        .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
        .join('&')
    : '';
  return `${baseUrl}${request.path}${query}`;
}

function sessionCookieOf(headers: FetchHeaders): string | null {
  const cookies = headers.getSetCookie?.() ?? [headers.get('set-cookie') ?? ''];
  for (const cookie of cookies) {
    const match = /(?:^|,\s*)AuthSession=([^;]*)/.exec(cookie);
    if (match) return match[1] ?? null;
  }
  return null;
}

export function createCouchTransport(options: {
  baseUrl: string;
  fetch: FetchLike;
  /** true in Node: keep the session cookie here; false in a browser, which keeps it itself. */
  keepCookie: boolean;
}): CouchTransport {
  const { baseUrl, fetch, keepCookie } = options;
  let sessionCookie: string | null = null;
  return {
    forgetSession() {
      sessionCookie = null;
    },
    async request(request) {
      const headers: Record<string, string> = { Accept: 'application/json' };
      if (request.body !== undefined) headers['Content-Type'] = 'application/json';
      if (keepCookie && sessionCookie) headers['Cookie'] = `AuthSession=${sessionCookie}`;
      let response: FetchResponse;
      try {
        response = await fetch(urlOf(baseUrl, request), {
          method: request.method,
          headers,
          ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}),
          ...(keepCookie ? {} : { credentials: 'include' as const }),
          signal: AbortSignal.timeout(request.timeoutMs ?? DEFAULT_TIMEOUT_MS),
        });
      } catch (error) {
        throw failureOf(error);
      }
      if (keepCookie) {
        const cookie = sessionCookieOf(response.headers);
        // CouchDB refreshes the cookie on use; an empty one means the session ended.
        if (cookie !== null) sessionCookie = cookie === '' ? null : cookie;
      }
      let text: string;
      try {
        text = await response.text();
      } catch (error) {
        throw failureOf(error);
      }
      let body: unknown = null;
      if (text !== '') {
        try {
          body = JSON.parse(text);
        } catch {
          body = { nonJson: text.slice(0, 200) };
        }
      }
      return { status: response.status, body };
    },
  };
}

/** A request's outcome as plain data, to cross a process boundary (IPC) and be rebuilt there. */
export type CouchReply =
  | ({ kind: 'response' } & CouchResponse)
  | { kind: 'failure'; failure: TransportFailure; detail: string };

export async function replyOf(
  transport: CouchTransport,
  request: CouchRequest,
): Promise<CouchReply> {
  try {
    return { kind: 'response', ...(await transport.request(request)) };
  } catch (error) {
    if (error instanceof TransportError) {
      return { kind: 'failure', failure: error.failure, detail: error.message };
    }
    throw error;
  }
}

/** The transport on the other side of such a boundary: replies become responses or errors again. */
export function transportOverReplies(
  send: (request: CouchRequest) => Promise<CouchReply>,
  forget: () => void,
): CouchTransport {
  return {
    forgetSession: forget,
    async request(request) {
      const reply = await send(request);
      if (reply.kind === 'failure') throw new TransportError(reply.failure, reply.detail);
      return { status: reply.status, body: reply.body };
    },
  };
}
