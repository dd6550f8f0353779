// Types for teamDatabase.mjs, so TypeScript callers (the tests) get checked imports.
export declare const validateDocUpdate: string;
export declare const DESIGN_DOC_ID: string;

export declare function teamDatabaseName(team: string): string;

export declare class SetupError extends Error {}

export type Credentials = { name: string; password: string };

export type SetUpTeamOptions = {
  /** The server's address, e.g. https://lotsbok.kommun.se (a trailing slash is fine). */
  url: string;
  admin: Credentials;
  /** a–z, digits, _ and -; the database and the role become `lotsbok-<team>`. */
  team: string;
  users: Credentials[];
  /** Web host origins allowed by CORS; CORS is left alone when omitted. */
  origins?: string[];
};

export type SetUpTeamSummary = {
  database: string;
  role: string;
  databaseCreated: boolean;
  /** false when _design/lotsbok already had these rules. */
  rulesUpdated: boolean;
  users: { name: string; result: 'created' | 'updated' }[];
  corsOrigins: string[] | null;
};

export declare function setUpTeam(options: SetUpTeamOptions): Promise<SetUpTeamSummary>;
