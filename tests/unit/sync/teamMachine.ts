import { createCouchTransport, type CouchTransport, type FetchLike } from '@shared/couchTransport';
import { LotsbokDatabase } from '@renderer/db/LotsbokDatabase';
import type { OrganisationEntity } from '@renderer/domain/entities';
import { logIn } from '@renderer/sync/couchClient';
import { withDerivedFields } from '@renderer/sync/derivedFields';
import { joinTeam } from '@renderer/sync/teamMembership';
import { TeamReplicator } from '@renderer/sync/teamReplicator';

/**
 * A "machine" (its own IndexedDB database) joined to a team on a server the test started, with a
 * transport that counts the requests it sends (by path suffix, e.g. `_bulk_docs`) so a test can
 * tell whether something was sent again, and can be told to fail or to call back per request.
 */

export const PASSWORD = 'hemligt';

export type RequestLog = {
  /** Paths of every request sent, in order (without the query). */
  paths: string[];
  /** Paths of the requests that got no answer (the server was gone, or went mid-request). */
  unanswered: string[];
  count: (suffix: string) => number;
};

export type Machine = {
  database: LotsbokDatabase;
  replicator: TeamReplicator;
  transport: CouchTransport;
  requests: RequestLog;
};

export type MachineOptions = {
  url: string;
  databaseName: string;
  user: string;
  /** The IndexedDB database's name (a random one by default). */
  name?: string;
  /** Sign in (default); without, the transport has no session. */
  logIn?: boolean;
  /** Called as each request is about to be sent. */
  onRequest?: (path: string) => void | Promise<void>;
  /** Called after each answer has arrived (before the engine sees it). */
  onResponse?: (path: string) => void | Promise<void>;
  retryDelaysMs?: readonly number[];
  longpollMs?: number;
};

export function countingTransport(
  url: string,
  hooks: Pick<MachineOptions, 'onRequest' | 'onResponse'> = {},
): { transport: CouchTransport; requests: RequestLog } {
  const paths: string[] = [];
  const unanswered: string[] = [];
  const counting: FetchLike = async (address, init) => {
    const path = new URL(address).pathname;
    paths.push(path);
    await hooks.onRequest?.(path);
    let response: Awaited<ReturnType<FetchLike>>;
    let body: string;
    try {
      response = await (fetch as unknown as FetchLike)(address, init);
      // Read the body now, so a hook may stop the server without cutting an answer in half.
      body = await response.text();
    } catch (error) {
      unanswered.push(path);
      throw error;
    }
    await hooks.onResponse?.(path);
    return {
      status: response.status,
      headers: response.headers,
      text: () => Promise.resolve(body),
    };
  };
  const transport = createCouchTransport({ baseUrl: url, fetch: counting, keepCookie: true });
  return {
    transport,
    requests: {
      paths,
      unanswered,
      count: (suffix) => paths.filter((path) => path.endsWith(suffix)).length,
    },
  };
}

export async function joinMachine(options: MachineOptions): Promise<Machine> {
  const database = new LotsbokDatabase(options.name ?? `${options.user}-${Math.random()}`);
  await database.open();
  const { transport, requests } = countingTransport(options.url, options);
  if (options.logIn ?? true) await logIn(transport, options.user, PASSWORD);
  await joinTeam(database, {
    serverUrl: options.url,
    team: options.databaseName.replace(/^lotsbok-/, ''),
    databaseName: options.databaseName,
    userName: options.user,
    joinedAt: new Date().toISOString(),
  });
  const replicator = new TeamReplicator({
    database,
    transport,
    databaseName: options.databaseName,
    userName: options.user,
    ...(options.retryDelaysMs ? { retryDelaysMs: options.retryDelaysMs } : {}),
    ...(options.longpollMs !== undefined ? { longpollMs: options.longpollMs } : {}),
  });
  return { database, replicator, transport, requests };
}

export const STAMP = '2026-12-01T10:00:00.000Z';

export const organisation = (id: string, extra: Partial<OrganisationEntity> = {}) =>
  withDerivedFields('organisations', {
    id,
    name: `Förening ${id}`,
    orgNumber: null,
    legalForm: 'ideell_forening',
    ideaRegistration: 'unknown',
    address: { street: '', postalCode: '', city: '' },
    district: '',
    municipality: 'Göteborg',
    phone: '',
    email: '',
    website: '',
    tags: [],
    note: '',
    status: 'active',
    lastContactedAt: null,
    createdBy: null,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...extra,
  }) as OrganisationEntity;

/** Admin headers for direct requests to the server. */
export function adminHeaders(admin: { name: string; password: string }): Record<string, string> {
  const basic = Buffer.from(`${admin.name}:${admin.password}`).toString('base64');
  return { Authorization: `Basic ${basic}`, Accept: 'application/json' };
}
