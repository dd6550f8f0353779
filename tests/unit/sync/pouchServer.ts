import { createCouchTransport, type FetchLike } from '@shared/couchTransport';
import type { LotsbokDatabase } from '@renderer/db/LotsbokDatabase';
import { logIn } from '@renderer/sync/couchClient';
import { joinTeam } from '@renderer/sync/teamMembership';
import { TeamReplicator } from '@renderer/sync/teamReplicator';
import { setUpTeam } from '../../../scripts/couch/teamDatabase.mjs';
import { startCouchServer } from '../../support/couchServer';
import { adminHeaders, PASSWORD } from './teamMachine';

/**
 * A team on a real pouchdb-server (the shared harness, set up as `npm run server:setup` does, so
 * the server's rules check every document), and a way to join machines to it.
 */

export type PouchServer = {
  url: string;
  /** Headers for requests as the server's administrator. */
  adminHeaders: Record<string, string>;
  /** Signs `user` in and joins `database` to the team; returns its replicator. */
  join: (database: LotsbokDatabase, user: string) => Promise<TeamReplicator>;
  stop: () => Promise<void>;
};

export async function startPouchServer(
  teamDatabase: string,
  users: string[],
): Promise<PouchServer> {
  const server = await startCouchServer();
  const team = teamDatabase.replace(/^lotsbok-/, '');
  await setUpTeam({
    url: server.url,
    admin: server.admin,
    team,
    users: users.map((name) => ({ name, password: PASSWORD })),
  });
  return {
    url: server.url,
    adminHeaders: adminHeaders(server.admin),
    async join(database, user) {
      const transport = createCouchTransport({
        baseUrl: server.url,
        fetch: fetch as unknown as FetchLike,
        keepCookie: true,
      });
      await logIn(transport, user, PASSWORD);
      await joinTeam(database, {
        serverUrl: server.url,
        team,
        databaseName: teamDatabase,
        userName: user,
        joinedAt: new Date().toISOString(),
      });
      return new TeamReplicator({
        database,
        transport,
        databaseName: teamDatabase,
        userName: user,
      });
    },
    stop: server.stop,
  };
}
