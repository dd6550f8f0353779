import type { CouchReply, CouchRequest } from './couchTransport';
import type { Result } from './result';

/**
 * The one contract between the renderer and its host. The Electron preload implements it over IPC;
 * the web host implements it with browser APIs (downloads, file inputs, window.print()).
 * No electron, DOM or node imports here.
 */

export type HostKind = 'desktop' | 'web';

export type AppInfo = {
  host: HostKind;
  version: string;
  platform: string;
  /** Where the desktop host keeps its data folder; null on the web host. */
  userDataPath: string | null;
};

export type FileFilter = { name: string; extensions: string[] };

export type SaveFileRequest = {
  suggestedName: string;
  filters: FileFilter[];
  /** Text is written as UTF-8 exactly as given (a BOM, if wanted, is part of the text). */
  data: string | Uint8Array;
};

export type OpenFileRequest = { filters: FileFilter[] };

export type OpenedFile = { name: string; data: Uint8Array };

export type PrintToPdfRequest = { suggestedName: string };

/** Why an automatic backup was taken (desktop host): the daily one at start, or before a change. */
export const AUTOMATIC_BACKUP_REASONS = ['daily', 'import', 'restore'] as const;
export type AutomaticBackupReason = (typeof AUTOMATIC_BACKUP_REASONS)[number];

export type WriteAutomaticBackupRequest = {
  /** The backup file's text (JSON). */
  data: string;
  reason: AutomaticBackupReason;
  /** How many automatic backups to keep; older ones are deleted after this one is written. */
  keep: number;
};

export type OpenedBackupFile = { name: string; text: string };

export type AutomaticBackupInfo = {
  /** The file name in the backups folder, e.g. lotsbok-2026-11-22T21-30-05-123Z-daily.json. */
  name: string;
  createdAt: string;
  size: number;
  reason: AutomaticBackupReason;
};

/** One request to the team's CouchDB server, made by the host (which holds the session). */
export type TeamServerRequest = { serverUrl: string; request: CouchRequest };

/** The server's answer, or why no answer came (no network, a certificate problem, a timeout). */
export type TeamServerReply = CouchReply;

/** Commands the native menu (or a global shortcut) sends to the renderer. */
export const MENU_COMMANDS = [
  'new-organisation',
  'log-call',
  'open-today',
  'open-inquiries',
  'open-organisations',
  'open-calls',
  'open-settings',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export type DesktopApi = {
  getAppInfo: () => Promise<AppInfo>;
  /** Resolves to the saved path, or null when the user cancelled. */
  saveFile: (request: SaveFileRequest) => Promise<Result<string | null>>;
  /** Resolves to the chosen file, or null when the user cancelled. */
  openFile: (request: OpenFileRequest) => Promise<Result<OpenedFile | null>>;
  /** Prints the current window to a PDF the user chooses; null when cancelled. */
  printToPdf: (request: PrintToPdfRequest) => Promise<Result<string | null>>;
  /** Desktop: writes an automatic backup to the data folder and rotates old ones. Web: refused. */
  writeAutomaticBackup: (
    request: WriteAutomaticBackupRequest,
  ) => Promise<Result<AutomaticBackupInfo>>;
  /** Desktop: the automatic backups, newest first. Web: always empty. */
  listBackups: () => Promise<Result<AutomaticBackupInfo[]>>;
  /** Desktop: the text of one automatic backup, by its listed name. Web: refused. */
  readBackup: (name: string) => Promise<Result<string>>;
  /**
   * A backup file the user chooses, as text (backups may be far larger than openFile allows);
   * null when cancelled.
   */
  openBackupFile: () => Promise<Result<OpenedBackupFile | null>>;
  /**
   * Sends a request to the team server. The host keeps the session: the browser its cookie, the
   * desktop main process the AuthSession cookie and (encrypted with safeStorage) the sign-in, so
   * the password never stays in the renderer or in IndexedDB.
   */
  teamServerRequest: (request: TeamServerRequest) => Promise<Result<TeamServerReply>>;
  /** Forgets the session and any kept sign-in for a server (leaving the team, signing out). */
  forgetTeamSession: (serverUrl: string) => Promise<Result<null>>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
};
