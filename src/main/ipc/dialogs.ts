import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';

/** Dialogs are modal to the app window when there is one, so they cannot end up behind it. */
const parentWindow = (): BrowserWindow | undefined =>
  BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];

/** The chosen path, or null when the user cancelled. */
export async function askSavePath(options: SaveDialogOptions): Promise<string | null> {
  const parent = parentWindow();
  const result = parent
    ? await dialog.showSaveDialog(parent, options)
    : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

/** The chosen path, or null when the user cancelled. */
export async function askOpenPath(options: OpenDialogOptions): Promise<string | null> {
  const parent = parentWindow();
  const result = parent
    ? await dialog.showOpenDialog(parent, options)
    : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** Suggest the user's Documents folder; fall back to the bare name if the OS has none. */
export function defaultPathFor(fileName: string): string {
  try {
    return join(app.getPath('documents'), fileName);
  } catch {
    return fileName;
  }
}
