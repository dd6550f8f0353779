import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A temp file beside the target, so the final rename stays on one volume (and is atomic). */
const tempPathFor = (filePath: string): string =>
  join(dirname(filePath), `.${basename(filePath)}.${randomUUID()}.tmp`);

/**
 * Writes data to a temp file, flushes it to disk, then renames it over the target, so a crash or
 * a full disk never leaves a half-written file where the user's old file was.
 */
export async function writeFileAtomic(filePath: string, data: string | Uint8Array): Promise<void> {
  const tempPath = tempPathFor(filePath);
  try {
    const handle = await open(tempPath, 'wx');
    try {
      await handle.writeFile(data, typeof data === 'string' ? 'utf8' : undefined);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tempPath, filePath);
  } catch (error) {
    await rm(tempPath, { force: true });
    throw error;
  }
}

/** Synchronous twin for tiny files written while the app is closing (async work may not finish). */
export function writeFileAtomicSync(filePath: string, data: string): void {
  const tempPath = tempPathFor(filePath);
  try {
    const fd = openSync(tempPath, 'wx');
    try {
      writeSync(fd, data, null, 'utf8');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tempPath, filePath);
  } catch (error) {
    rmSync(tempPath, { force: true });
    throw error;
  }
}
