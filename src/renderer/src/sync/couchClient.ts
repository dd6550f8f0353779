import { z } from 'zod';
import { TransportError, type CouchResponse, type CouchTransport } from '@shared/couchTransport';
import type { TeamDoc } from './teamDocs';

/**
 * The documented CouchDB 3 HTTP API that replication uses, and nothing else: `/`, `_session`,
 * the database, `_bulk_docs`, `_all_docs?keys=` and `_changes`. Answers are checked before use;
 * failures become a SyncFailure the UI can name in Swedish.
 */

export type SyncFailureCode =
  | 'badAddress'
  | 'unreachable'
  | 'certificate'
  | 'timeout'
  | 'notCouch'
  | 'wrongPassword'
  | 'noAccess'
  | 'noDatabase'
  | 'sessionExpired'
  | 'serverError';

export class SyncFailure extends Error {
  constructor(
    readonly code: SyncFailureCode,
    detail = '',
  ) {
    super(detail || code);
    this.name = 'SyncFailure';
  }
}

async function send(
  transport: CouchTransport,
  request: Parameters<CouchTransport['request']>[0],
): Promise<CouchResponse> {
  try {
    return await transport.request(request);
  } catch (error) {
    if (error instanceof TransportError) throw new SyncFailure(error.failure, error.message);
    throw error;
  }
}

function failIfError(response: CouchResponse, database?: string): void {
  if (response.status < 400) return;
  if (response.status === 401)
    throw new SyncFailure('sessionExpired', JSON.stringify(response.body));
  if (response.status === 403) throw new SyncFailure('noAccess', JSON.stringify(response.body));
  if (response.status === 404 && database) throw new SyncFailure('noDatabase', database);
  throw new SyncFailure('serverError', `${response.status} ${JSON.stringify(response.body)}`);
}

/** Sends a request to the team database and checks the answer's shape. */
async function sendChecked<T>(
  transport: CouchTransport,
  database: string,
  request: Parameters<CouchTransport['request']>[0],
  schema: z.ZodType<T>,
): Promise<T> {
  const response = await send(transport, request);
  failIfError(response, database);
  const checked = schema.safeParse(response.body);
  if (!checked.success) throw new SyncFailure('serverError', `Oväntat svar på ${request.path}.`);
  return checked.data;
}

const welcomeSchema = z.looseObject({
  couchdb: z.string().optional(),
  'express-pouchdb': z.string().optional(),
});

/** Checks that the address answers as CouchDB (or pouchdb-server) does. */
export async function checkServer(transport: CouchTransport): Promise<void> {
  const response = await send(transport, { method: 'GET', path: '/', timeoutMs: 10_000 });
  const welcome = welcomeSchema.safeParse(response.body);
  if (response.status !== 200 || !welcome.success) throw new SyncFailure('notCouch');
  if (!welcome.data.couchdb && !welcome.data['express-pouchdb']) throw new SyncFailure('notCouch');
}

const sessionSchema = z.looseObject({
  userCtx: z.looseObject({ name: z.string().nullable(), roles: z.array(z.string()) }),
});

/** Signs in with CouchDB's cookie authentication; returns the user's roles. */
export async function logIn(
  transport: CouchTransport,
  name: string,
  password: string,
): Promise<string[]> {
  const response = await send(transport, {
    method: 'POST',
    path: '/_session',
    body: { name, password },
    timeoutMs: 15_000,
  });
  if (response.status === 401) throw new SyncFailure('wrongPassword');
  failIfError(response);
  const roles = z.looseObject({ roles: z.array(z.string()) }).safeParse(response.body);
  return roles.success ? roles.data.roles : [];
}

/** The signed-in user's name, or null when the session has ended. */
export async function currentUser(transport: CouchTransport): Promise<string | null> {
  const response = await send(transport, { method: 'GET', path: '/_session' });
  failIfError(response);
  const session = sessionSchema.safeParse(response.body);
  return session.success ? session.data.userCtx.name : null;
}

export async function logOut(transport: CouchTransport): Promise<void> {
  try {
    await send(transport, { method: 'DELETE', path: '/_session', timeoutMs: 5_000 });
  } finally {
    transport.forgetSession();
  }
}

/** Opens the team database: throws noAccess for another team's user, noDatabase when missing. */
export async function checkDatabase(transport: CouchTransport, database: string): Promise<void> {
  const response = await send(transport, {
    method: 'GET',
    path: `/${encodeURIComponent(database)}`,
  });
  failIfError(response, database);
}

const bulkResultSchema = z.array(
  z.looseObject({
    id: z.string(),
    rev: z.string().optional(),
    ok: z.boolean().optional(),
    error: z.string().optional(),
    reason: z.string().optional(),
  }),
);
export type BulkResult = z.infer<typeof bulkResultSchema>[number];

export async function bulkDocs(
  transport: CouchTransport,
  database: string,
  docs: TeamDoc[],
): Promise<BulkResult[]> {
  return sendChecked(
    transport,
    database,
    {
      method: 'POST',
      path: `/${encodeURIComponent(database)}/_bulk_docs`,
      body: { docs },
      timeoutMs: 60_000,
    },
    bulkResultSchema,
  );
}

const changesSchema = z.looseObject({
  results: z.array(
    z.looseObject({
      id: z.string(),
      seq: z.unknown(),
      deleted: z.boolean().optional(),
      changes: z.array(z.looseObject({ rev: z.string() })),
      doc: z.unknown().optional(),
    }),
  ),
  last_seq: z.unknown(),
  pending: z.number().optional(),
});
export type ChangesPage = z.infer<typeof changesSchema>;

/** One page of the database's changes since a checkpoint (`feed=longpoll` waits for the next). */
export async function changesSince(
  transport: CouchTransport,
  database: string,
  options: { since: string; limit: number; longpollMs?: number },
): Promise<ChangesPage> {
  const query: Record<string, string | number | boolean> = {
    since: options.since,
    limit: options.limit,
    include_docs: true,
  };
  if (options.longpollMs !== undefined) {
    query['feed'] = 'longpoll';
    query['timeout'] = options.longpollMs;
  }
  return sendChecked(
    transport,
    database,
    {
      method: 'GET',
      path: `/${encodeURIComponent(database)}/_changes`,
      query,
      timeoutMs: (options.longpollMs ?? 0) + 60_000,
    },
    changesSchema,
  );
}

const allDocsSchema = z.looseObject({
  rows: z.array(
    z.looseObject({
      key: z.string(),
      error: z.string().optional(),
      value: z.looseObject({ rev: z.string(), deleted: z.boolean().optional() }).optional(),
      doc: z.unknown().optional(),
    }),
  ),
});
export type AllDocsRow = z.infer<typeof allDocsSchema>['rows'][number];

/** The server's current version of the given documents (deleted ones with their tombstone rev). */
export async function docsByIds(
  transport: CouchTransport,
  database: string,
  ids: string[],
): Promise<AllDocsRow[]> {
  const answer = await sendChecked(
    transport,
    database,
    {
      method: 'POST',
      path: `/${encodeURIComponent(database)}/_all_docs`,
      query: { include_docs: true },
      body: { keys: ids },
      timeoutMs: 60_000,
    },
    allDocsSchema,
  );
  return answer.rows;
}

/** CouchDB sequences are opaque: kept as the JSON text the server sent. */
export function sequenceText(seq: unknown): string {
  return typeof seq === 'string' ? seq : JSON.stringify(seq);
}
