// Types for throwawayServer.mjs, so TypeScript callers (the tests) get checked imports.
export type ThrowawayServerOptions = {
  /** Keep the data in this folder (left in place by stop()); in memory when omitted. */
  dataDir?: string;
  port?: number;
  /** Where node_modules is; the current directory when omitted. */
  repoRoot?: string;
};

export type ThrowawayServer = {
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  url: string;
  port: number;
  admin: { name: string; password: string };
  pid: number | undefined;
  stop: () => Promise<void>;
  /** Kills the server at once (SIGKILL), as a crash or a pulled plug would. */
  crash: () => Promise<void>;
};

export declare function startThrowawayServer(
  options?: ThrowawayServerOptions,
): Promise<ThrowawayServer>;
