import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InvokeContext } from '../../../src/main/ipc/handler';

const electron = vi.hoisted(() => ({
  userData: '',
  showOpenDialog: vi.fn<() => Promise<{ canceled: boolean; filePaths: string[] }>>(),
}));
vi.mock('electron', () => ({
  app: { getPath: (name: string) => (name === 'userData' ? electron.userData : '') },
  dialog: { showOpenDialog: electron.showOpenDialog },
  BrowserWindow: { getFocusedWindow: () => null, getAllWindows: () => [] },
}));

const { listBackups, openBackupFile, readBackup, writeAutomaticBackup } =
  await import('../../../src/main/ipc/backups');

const context: InvokeContext = {
  senderFrame: { url: 'file:///opt/lotsbok/out/renderer/index.html' },
  sender: { printToPDF: async () => new Uint8Array() },
};

beforeEach(() => {
  electron.userData = mkdtempSync(join(tmpdir(), 'lotsbok-userdata-'));
});
afterEach(() => rmSync(electron.userData, { recursive: true, force: true }));

describe('backup IPC handlers', () => {
  it('write, list and read back an automatic backup in <userData>/backups', async () => {
    const written = await writeAutomaticBackup(context, {
      data: '{"format":"lotsbok-backup"}',
      reason: 'restore',
      keep: 3,
    });
    if (!written.ok) throw new Error(written.error);
    expect(readdirSync(join(electron.userData, 'backups'))).toEqual([written.value.name]);

    expect(await listBackups(context, undefined)).toEqual({ ok: true, value: [written.value] });
    expect(await readBackup(context, written.value.name)).toEqual({
      ok: true,
      value: '{"format":"lotsbok-backup"}',
    });
  });

  it.each([
    [{ data: 'x', reason: 'vacation', keep: 3 }],
    [{ data: 'x', reason: 'daily', keep: 0 }],
    [{ data: '', reason: 'daily', keep: 3 }],
    [{ data: 'x', reason: 'daily', keep: 3, path: '/tmp' }],
  ])('refuses an invalid write request %j', async (request) => {
    const result = await writeAutomaticBackup(context, request);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^Ogiltig begäran: /);
  });

  it.each(['../window-state.json', '/etc/passwd', 'lotsbok-x/../../a.json', 42])(
    'refuses to read %j',
    async (name) => {
      const result = await readBackup(context, name);
      expect(result.ok).toBe(false);
    },
  );

  it('says in Swedish when a listed backup has gone missing', async () => {
    const result = await readBackup(context, 'lotsbok-2026-11-22T08-00-00-000Z-daily.json');
    expect(result).toEqual({
      ok: false,
      error: 'Kunde inte läsa säkerhetskopian: filen eller mappen finns inte',
    });
  });
});

describe('openBackupFile', () => {
  it('reads the chosen file as UTF-8 text with its name', async () => {
    const path = join(electron.userData, 'min kopia.json');
    writeFileSync(path, '{"format":"lotsbok-backup","namn":"Ängen"}');
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    expect(await openBackupFile(context, undefined)).toEqual({
      ok: true,
      value: { name: 'min kopia.json', text: '{"format":"lotsbok-backup","namn":"Ängen"}' },
    });
  });

  it('gives null when the user cancels, and a Swedish error for a vanished file', async () => {
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await openBackupFile(context, undefined)).toEqual({ ok: true, value: null });
    electron.showOpenDialog.mockResolvedValueOnce({
      canceled: false,
      filePaths: [join(electron.userData, 'borta.json')],
    });
    expect(await openBackupFile(context, undefined)).toEqual({
      ok: false,
      error: 'Kunde inte öppna filen: filen eller mappen finns inte',
    });
  });
});
