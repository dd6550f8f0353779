import {
  startThrowawayServer,
  type ThrowawayServer,
  type ThrowawayServerOptions,
} from '../../scripts/couch/throwawayServer.mjs';

/** The tests' team server: a throwaway pouchdb-server (see scripts/couch/throwawayServer.mjs). */
export type CouchServer = ThrowawayServer;

export function startCouchServer(options: ThrowawayServerOptions = {}): Promise<CouchServer> {
  return startThrowawayServer(options);
}
