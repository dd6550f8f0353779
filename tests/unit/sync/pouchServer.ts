import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCouchTransport, type FetchLike } from '@shared/couchTransport';
import type { LotsbokDatabase } from '@renderer/db/LotsbokDatabase';
import { logIn } from '@renderer/sync/couchClient';
import { joinTeam } from '@renderer/sync/teamMembership';
import { TeamReplicator } from '@renderer/sync/teamReplicator';

/** A real pouchdb-server on a free port, for tests of machines replicating through it. */

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export type PouchServer = {
  url: string;
  /** Signs `user` in and joins `database` to the team; returns its replicator. */
  join: (database: LotsbokDatabase, user: string) => Promise<TeamReplicator>;
  stop: () => void;
};

export async function startPouchServer(
  teamDatabase: string,
  users: string[],
): Promise<PouchServer> {
  const dir = mkdtempSync(join(tmpdir(), 'lotsbok-couch-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn(
    join(process.cwd(), 'node_modules/.bin/pouchdb-server'),
    ['--in-memory', '--host', '127.0.0.1', '--port', String(port)],
    { cwd: dir, stdio: 'ignore' },
  );
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  await fetch(`${url}/${teamDatabase}`, { method: 'PUT' });
  for (const name of users) {
    await fetch(`${url}/_users/org.couchdb.user:${name}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, password: 'hemligt', roles: [teamDatabase], type: 'user' }),
    });
  }
  return {
    url,
    async join(database, user) {
      const transport = createCouchTransport({
        baseUrl: url,
        fetch: fetch as unknown as FetchLike,
        keepCookie: true,
      });
      await logIn(transport, user, 'hemligt');
      await joinTeam(database, {
        serverUrl: url,
        team: teamDatabase.replace(/^lotsbok-/, ''),
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
    stop() {
      // By pid: only the server this test started.
      if (server.pid !== undefined) process.kill(server.pid, 'SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
