import { create } from 'zustand';
import {
  normaliseServerUrl,
  transportOverReplies,
  type CouchTransport,
} from '@shared/couchTransport';
import { db } from '../../db/db';
import { nowIso } from '../../lib/dates';
import { isDesktop, platform } from '../../lib/platform';
import {
  checkDatabase,
  checkServer,
  logIn,
  logOut,
  SyncFailure,
  type SyncFailureCode,
} from '../../sync/couchClient';
import {
  joinTeam,
  leaveTeam,
  readMembership,
  teamDatabaseName,
  type TeamMembership,
  type UploadProgress,
} from '../../sync/teamMembership';
import { INITIAL_STATUS, TeamReplicator, type SyncStatus } from '../../sync/teamReplicator';

/**
 * The app's one connection to its team: which team this machine is in, the replicator that keeps
 * it in step, and the state the header and Inställningar → Team show. Screens read records from
 * IndexedDB as always; this only moves them.
 */

/** Why a connection attempt failed, named for the UI. */
export type TeamFailureCode =
  SyncFailureCode | 'noTeam' | 'webNeedsHttps' | 'hostRefused' | 'unexpected';

export class TeamConnectionError extends Error {
  constructor(
    readonly code: TeamFailureCode,
    detail = '',
  ) {
    super(detail || code);
    this.name = 'TeamConnectionError';
  }
}

type TeamState = {
  /** null until the membership has been read at start. */
  loaded: boolean;
  membership: TeamMembership | null;
  status: SyncStatus;
};

export const useTeamStore = create<TeamState>()(() => ({
  loaded: false,
  membership: null,
  status: INITIAL_STATUS,
}));

let replicator: TeamReplicator | null = null;
let unsubscribe: (() => void) | null = null;

/** A transport through the host, which keeps the session (see DesktopApi.teamServerRequest). */
export function hostTransport(serverUrl: string): CouchTransport {
  return transportOverReplies(
    async (request) => {
      const result = await platform.teamServerRequest({ serverUrl, request });
      if (!result.ok) throw new TeamConnectionError('hostRefused', result.error);
      return result.value;
    },
    () => void platform.forgetTeamSession(serverUrl),
  );
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The address as the server will be reached, or the reason it cannot be used. */
export function checkServerAddress(input: string): string {
  const url = normaliseServerUrl(input);
  if (!url) throw new TeamConnectionError('badAddress');
  const { protocol, hostname } = new URL(url);
  // A browser page may only talk to a server its security policy allows: https, or this machine.
  if (!isDesktop && protocol !== 'https:' && !LOCAL_HOSTS.has(hostname)) {
    throw new TeamConnectionError('webNeedsHttps');
  }
  return url;
}

export type SignInForm = { serverUrl: string; userName: string; password: string };

export type CheckedConnection = { serverUrl: string; userName: string; teams: string[] };

const TEAM_ROLE_PREFIX = 'lotsbok-';

/** Signs in and finds the user's teams (their `lotsbok-<team>` roles). */
export async function checkConnection(form: SignInForm): Promise<CheckedConnection> {
  const serverUrl = checkServerAddress(form.serverUrl);
  const transport = hostTransport(serverUrl);
  const userName = form.userName.trim();
  const roles = await asConnectionError(async () => {
    await checkServer(transport);
    return logIn(transport, userName, form.password);
  });
  const teams = roles
    .filter((role) => role.startsWith(TEAM_ROLE_PREFIX))
    .map((role) => role.slice(TEAM_ROLE_PREFIX.length))
    .filter((team) => team.length > 0)
    .sort();
  if (teams.length === 0) throw new TeamConnectionError('noTeam');
  return { serverUrl, userName, teams };
}

async function asConnectionError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof TeamConnectionError) throw error;
    const { code, detail } = failureCodeOf(error);
    throw new TeamConnectionError(code, detail);
  }
}

/**
 * Joins a team: signs in, opens the team's database (another team's user is refused here), turns
 * change tracking on and queues what is already on the machine, then starts syncing.
 */
export async function connectToTeam(
  form: SignInForm & { team: string },
  onProgress: (progress: UploadProgress) => void,
): Promise<number> {
  const checked = await checkConnection(form);
  if (!checked.teams.includes(form.team)) throw new TeamConnectionError('noAccess');
  const transport = hostTransport(checked.serverUrl);
  const databaseName = teamDatabaseName(form.team);
  await asConnectionError(async () => {
    try {
      await checkDatabase(transport, databaseName);
    } catch (error) {
      // Just signed in, so a 401 here means "not a member", not an expired session.
      if (error instanceof SyncFailure && error.code === 'sessionExpired') {
        throw new TeamConnectionError('noAccess');
      }
      throw error;
    }
  });
  const membership: TeamMembership = {
    serverUrl: checked.serverUrl,
    team: form.team,
    databaseName,
    userName: checked.userName,
    joinedAt: nowIso(),
  };
  const queued = await joinTeam(db, membership, onProgress);
  useTeamStore.setState({ membership });
  startReplicator(membership);
  return queued;
}

function startReplicator(membership: TeamMembership): void {
  stopReplicatorNow();
  replicator = new TeamReplicator({
    database: db,
    transport: hostTransport(membership.serverUrl),
    databaseName: membership.databaseName,
    userName: membership.userName,
  });
  unsubscribe = replicator.subscribe((status) => useTeamStore.setState({ status }));
  replicator.start();
}

function stopReplicatorNow(): Promise<void> {
  const running = replicator;
  unsubscribe?.();
  unsubscribe = null;
  replicator = null;
  return running ? running.stop() : Promise.resolve();
}

/** Reads the membership at start and, when this machine is in a team, starts syncing. */
export async function startTeamSync(): Promise<void> {
  const membership = await readMembership(db);
  useTeamStore.setState({ loaded: true, membership });
  if (membership && !replicator) startReplicator(membership);
}

export async function stopTeamSync(): Promise<void> {
  await stopReplicatorNow();
  useTeamStore.setState({ status: INITIAL_STATUS });
}

/** Signs in again after the server's session ended, and syncing resumes. */
export async function signInAgain(password: string): Promise<void> {
  const { membership } = useTeamStore.getState();
  if (!membership) return;
  const transport = hostTransport(membership.serverUrl);
  await asConnectionError(() => logIn(transport, membership.userName, password));
  startReplicator(membership);
}

export async function syncNow(): Promise<void> {
  if (!replicator) return;
  // The status shows what went wrong; the button needs no error of its own.
  await replicator.syncNow().catch(() => undefined);
}

export async function retryRefused(): Promise<void> {
  await replicator?.retryRefused();
}

/** Leaves the team: local data stays, the session is ended and forgotten. */
export async function leaveCurrentTeam(): Promise<void> {
  const { membership } = useTeamStore.getState();
  await stopReplicatorNow();
  await leaveTeam(db);
  if (membership) {
    await logOut(hostTransport(membership.serverUrl)).catch(() => undefined);
    await platform.forgetTeamSession(membership.serverUrl);
  }
  useTeamStore.setState({ membership: null, status: INITIAL_STATUS });
}

export function failureCodeOf(error: unknown): { code: TeamFailureCode; detail: string } {
  if (error instanceof TeamConnectionError) return { code: error.code, detail: error.message };
  if (error instanceof SyncFailure) return { code: error.code, detail: error.message };
  return { code: 'unexpected', detail: error instanceof Error ? error.message : String(error) };
}

/** Whether this machine is in a team (what is shared then differs: see the call dialog). */
export function useIsInTeam(): boolean {
  return useTeamStore((state) => state.membership !== null);
}
