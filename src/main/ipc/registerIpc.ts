import { ipcMain } from 'electron';
import { IPC } from '@shared/ipcChannels';
import { fail } from '@shared/result';
import { isAppUrl } from '../appUrl';
import { getAppInfo } from './appInfo';
import { listBackups, openBackupFile, readBackup, writeAutomaticBackup } from './backups';
import { describeError } from './errors';
import { openFile, saveFile } from './files';
import type { IpcHandler } from './handler';
import { printToPdf } from './print';
import { forgetTeamSession, teamServerRequest } from './teamServer';

/** Request channels and their handlers; menu commands flow the other way (main → renderer). */
const HANDLERS = {
  [IPC.getAppInfo]: getAppInfo,
  [IPC.saveFile]: saveFile,
  [IPC.openFile]: openFile,
  [IPC.printToPdf]: printToPdf,
  [IPC.writeAutomaticBackup]: writeAutomaticBackup,
  [IPC.listBackups]: listBackups,
  [IPC.readBackup]: readBackup,
  [IPC.openBackupFile]: openBackupFile,
  [IPC.teamServerRequest]: teamServerRequest,
  [IPC.forgetTeamSession]: forgetTeamSession,
} satisfies Record<string, IpcHandler<unknown>>;

/**
 * Refuses requests from any page but the app's own (e.g. if navigation guards ever failed), and
 * turns any unexpected exception into a Result so nothing is thrown across the bridge.
 */
export function guardHandler<T>(appUrl: string, handler: IpcHandler<T>): IpcHandler<T> {
  return async (context, input) => {
    const senderUrl = context.senderFrame?.url;
    if (!senderUrl || !isAppUrl(senderUrl, appUrl)) {
      return fail('Åtkomst nekad: begäran kom inte från Lotsbok.');
    }
    try {
      return await handler(context, input);
    } catch (error) {
      return fail(`Ett oväntat fel inträffade: ${describeError(error)}`);
    }
  };
}

/** Registers every channel exactly once (ipcMain.handle itself throws on a second registration). */
export function registerIpc(appUrl: string): void {
  for (const [channel, handler] of Object.entries(HANDLERS)) {
    ipcMain.handle(channel, guardHandler<unknown>(appUrl, handler));
  }
}
