import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { OpenedFile } from '@shared/desktopApi';
import { fail, ok, type Result } from '@shared/result';
import { writeFileAtomic } from '../fsAtomic';
import { askOpenPath, askSavePath, defaultPathFor } from './dialogs';
import { describeError } from './errors';
import { parseRequest, type IpcHandler } from './handler';
import { OpenFileRequestSchema, SaveFileRequestSchema } from './schemas';

const MEGABYTE = 1024 * 1024;
/** Imports and backups larger than this are not plausible for the app and would stall the IPC bridge. */
export const MAX_OPEN_FILE_BYTES = 50 * MEGABYTE;

const formatMegabytes = (bytes: number): string =>
  (bytes / MEGABYTE).toLocaleString('sv-SE', { maximumFractionDigits: 1 });

const tooLarge = (bytes: number): Result<never> =>
  fail(
    `Filen är för stor (${formatMegabytes(bytes)} MB). Lotsbok kan öppna filer på högst ${formatMegabytes(MAX_OPEN_FILE_BYTES)} MB.`,
  );

export const saveFile: IpcHandler<string | null> = async (_context, input) => {
  const request = parseRequest(SaveFileRequestSchema, input);
  if (!request.ok) return request;
  const { suggestedName, filters, data } = request.value;

  const filePath = await askSavePath({
    title: 'Spara fil',
    defaultPath: defaultPathFor(suggestedName),
    filters,
  });
  if (filePath === null) return ok(null);

  try {
    await writeFileAtomic(filePath, data);
    return ok(filePath);
  } catch (error) {
    return fail(`Kunde inte spara filen: ${describeError(error)}`);
  }
};

export const openFile: IpcHandler<OpenedFile | null> = async (_context, input) => {
  const request = parseRequest(OpenFileRequestSchema, input);
  if (!request.ok) return request;

  const filePath = await askOpenPath({
    title: 'Öppna fil',
    properties: ['openFile'],
    filters: request.value.filters,
  });
  if (filePath === null) return ok(null);

  try {
    const handle = await open(filePath, 'r');
    try {
      // Check the size before reading, so a huge file is refused without loading it.
      const { size } = await handle.stat();
      if (size > MAX_OPEN_FILE_BYTES) return tooLarge(size);
      const data = await handle.readFile();
      if (data.byteLength > MAX_OPEN_FILE_BYTES) return tooLarge(data.byteLength);
      // A plain copy: a Buffer may be a view on a larger shared pool, which IPC would clone whole.
      return ok({ name: basename(filePath), data: new Uint8Array(data) });
    } finally {
      await handle.close();
    }
  } catch (error) {
    return fail(`Kunde inte öppna filen: ${describeError(error)}`);
  }
};
