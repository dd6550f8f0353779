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
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
};
