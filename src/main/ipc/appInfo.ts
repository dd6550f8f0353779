import { app } from 'electron';
import type { AppInfo } from '@shared/desktopApi';
import { ok } from '@shared/result';
import { parseRequest, type IpcHandler } from './handler';
import { NoInputSchema } from './schemas';

export const getAppInfo: IpcHandler<AppInfo> = async (_context, input) => {
  const request = parseRequest(NoInputSchema, input);
  if (!request.ok) return request;
  return ok({
    host: 'desktop',
    version: app.getVersion(),
    platform: process.platform,
    userDataPath: app.getPath('userData'),
  });
};
