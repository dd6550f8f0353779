// Types for staticServer.mjs, so TypeScript callers (the e2e globalSetup) get checked imports.
export declare const CONTENT_SECURITY_POLICY: string;

export type StaticServerOptions = {
  /** The folder to serve, e.g. dist-web. */
  root: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Defaults to 127.0.0.1. */
  host?: string;
};

export type StaticServer = {
  /** e.g. http://127.0.0.1:5183 (no trailing slash) */
  url: string;
  port: number;
  close: () => Promise<void>;
};

export declare function startStaticServer(options: StaticServerOptions): Promise<StaticServer>;
