import { join } from 'node:path';
import { app, safeStorage } from 'electron';
import { normaliseServerUrl, type FetchLike } from '@shared/couchTransport';
import type { TeamServerReply } from '@shared/desktopApi';
import { fail, ok } from '@shared/result';
import { createSignInStore, keyStoreEncryption } from '../signInStore';
import { createTeamSessions, type TeamSessions } from '../teamSessions';
import { describeError } from './errors';
import { parseRequest, type IpcHandler } from './handler';
import { ServerUrlSchema, TeamServerRequestSchema } from './schemas';

export type TeamServerHandlers = {
  teamServerRequest: IpcHandler<TeamServerReply>;
  forgetTeamSession: IpcHandler<null>;
};

/** The handlers over the sessions `sessions()` gives (made on first use; tests pass their own). */
export function createTeamServerHandlers(sessions: () => TeamSessions): TeamServerHandlers {
  return {
    async teamServerRequest(_context, input) {
      const request = parseRequest(TeamServerRequestSchema, input);
      if (!request.ok) return request;
      const serverUrl = normaliseServerUrl(request.value.serverUrl);
      if (!serverUrl)
        return fail('Ogiltig begäran: serverns adress är inte en http- eller https-adress');
      try {
        return ok(await sessions().request(serverUrl, request.value.request));
      } catch (error) {
        return fail(`Kunde inte nå teamets server: ${describeError(error)}`);
      }
    },
    async forgetTeamSession(_context, input) {
      const request = parseRequest(ServerUrlSchema, input);
      if (!request.ok) return request;
      const serverUrl = normaliseServerUrl(request.value);
      if (serverUrl) await sessions().forget(serverUrl);
      return ok(null);
    },
  };
}

let sessions: TeamSessions | null = null;

/** Created on first use: Electron's userData path and safeStorage are only ready then. */
function teamSessions(): TeamSessions {
  sessions ??= createTeamSessions({
    fetch: globalThis.fetch as unknown as FetchLike,
    store: createSignInStore(
      join(app.getPath('userData'), 'team-sign-in.json'),
      keyStoreEncryption(safeStorage),
    ),
  });
  return sessions;
}

export const { teamServerRequest, forgetTeamSession } = createTeamServerHandlers(teamSessions);
