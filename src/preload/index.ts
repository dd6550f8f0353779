import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { MENU_COMMANDS, type AppInfo, type DesktopApi, type MenuCommand } from '@shared/desktopApi';
import { IPC } from '@shared/ipcChannels';
import type { Result } from '@shared/result';

// Sandboxed preload: only 'electron' may be required at runtime; @shared is bundled in by electron-vite.

const isMenuCommand = (value: unknown): value is MenuCommand =>
  MENU_COMMANDS.some((command) => command === value);

const invoke = <T>(channel: string, request?: unknown): Promise<Result<T>> =>
  ipcRenderer.invoke(channel, request);

const api = {
  getAppInfo: async () => {
    // The contract promises AppInfo itself, so a refusal from main surfaces as a rejected promise.
    const result = await invoke<AppInfo>(IPC.getAppInfo);
    if (!result.ok) throw new Error(result.error);
    return result.value;
  },
  saveFile: (request) => invoke(IPC.saveFile, request),
  openFile: (request) => invoke(IPC.openFile, request),
  printToPdf: (request) => invoke(IPC.printToPdf, request),
  writeAutomaticBackup: (request) => invoke(IPC.writeAutomaticBackup, request),
  listBackups: () => invoke(IPC.listBackups),
  readBackup: (name) => invoke(IPC.readBackup, name),
  openBackupFile: () => invoke(IPC.openBackupFile),
  teamServerRequest: (request) => invoke(IPC.teamServerRequest, request),
  forgetTeamSession: (serverUrl) => invoke(IPC.forgetTeamSession, serverUrl),
  onMenuCommand: (listener) => {
    const handleCommand = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(IPC.menuCommand, handleCommand);
    return () => {
      ipcRenderer.removeListener(IPC.menuCommand, handleCommand);
    };
  },
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('lotsbok', api);
