import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC } from '@shared/ipcChannels';
import type { InvokeContext, IpcHandler } from '../../../src/main/ipc/handler';

const electron = vi.hoisted(() => {
  const handlers = new Map<string, IpcHandler<unknown>>();
  return {
    handlers,
    paths: { documents: '', userData: '' },
    ipcMain: {
      handle: vi.fn((channel: string, listener: IpcHandler<unknown>) => {
        if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
        handlers.set(channel, listener);
      }),
    },
    dialog: {
      showSaveDialog: vi.fn<() => Promise<{ canceled: boolean; filePath: string }>>(),
      showOpenDialog: vi.fn<() => Promise<{ canceled: boolean; filePaths: string[] }>>(),
    },
    BrowserWindow: { getFocusedWindow: () => null, getAllWindows: () => [] },
  };
});
vi.mock('electron', () => ({
  ipcMain: electron.ipcMain,
  dialog: electron.dialog,
  BrowserWindow: electron.BrowserWindow,
  app: {
    getVersion: () => '0.1.0',
    getPath: (name: 'documents' | 'userData') => electron.paths[name],
  },
}));

const { registerIpc } = await import('../../../src/main/ipc/registerIpc');

const APP_URL = 'file:///opt/lotsbok/out/renderer/index.html';
const PDF_BYTES = Buffer.from('%PDF-1.7\n%âãÏÓ\n', 'latin1');

let dir: string;
const printToPDF = vi.fn(async () => PDF_BYTES);
const fromApp: InvokeContext = {
  senderFrame: { url: `${APP_URL}#/briefs` },
  sender: { printToPDF },
};

const call = (channel: string, input?: unknown, context: InvokeContext = fromApp) => {
  const handler = electron.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(context, input);
};
const chooseSavePath = (filePath: string) =>
  electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath });
const cancelSave = () =>
  electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
const chooseOpenPath = (filePath: string) =>
  electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [filePath] });

beforeEach(() => {
  vi.clearAllMocks();
  electron.handlers.clear();
  dir = mkdtempSync(join(tmpdir(), 'lotsbok-ipc-'));
  electron.paths.documents = join(dir, 'Dokument');
  electron.paths.userData = join(dir, 'userData');
  registerIpc(APP_URL);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('registerIpc', () => {
  it('registers each request channel exactly once', () => {
    const channels = electron.ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect(channels.sort()).toEqual(
      [
        IPC.getAppInfo,
        IPC.openFile,
        IPC.printToPdf,
        IPC.saveFile,
        IPC.writeAutomaticBackup,
        IPC.listBackups,
        IPC.readBackup,
        IPC.openBackupFile,
        IPC.teamServerRequest,
        IPC.forgetTeamSession,
      ].sort(),
    );
    expect(() => registerIpc(APP_URL)).toThrow();
  });

  it.each([
    ['another page', { senderFrame: { url: 'https://example.se/' }, sender: { printToPDF } }],
    [
      'another local file',
      { senderFrame: { url: 'file:///tmp/evil.html' }, sender: { printToPDF } },
    ],
    ['a destroyed frame', { senderFrame: null, sender: { printToPDF } }],
  ])('refuses requests from %s', async (_name, context: InvokeContext) => {
    const result = await call(
      IPC.saveFile,
      { suggestedName: 'a.txt', filters: [], data: 'x' },
      context,
    );
    expect(result).toEqual({ ok: false, error: 'Åtkomst nekad: begäran kom inte från Lotsbok.' });
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('turns an unexpected exception into a Result', async () => {
    electron.dialog.showSaveDialog.mockRejectedValueOnce(new Error('dialog kraschade'));
    const result = await call(IPC.saveFile, { suggestedName: 'a.txt', filters: [], data: 'x' });
    expect(result).toEqual({ ok: false, error: 'Ett oväntat fel inträffade: dialog kraschade' });
  });
});

describe('getAppInfo', () => {
  it('describes the desktop host', async () => {
    expect(await call(IPC.getAppInfo)).toEqual({
      ok: true,
      value: {
        host: 'desktop',
        version: '0.1.0',
        platform: process.platform,
        userDataPath: electron.paths.userData,
      },
    });
  });

  it('rejects unexpected input', async () => {
    const result = await call(IPC.getAppInfo, { sneaky: true });
    expect(result.ok).toBe(false);
  });
});

describe('saveFile', () => {
  const csvFilters = [{ name: 'CSV', extensions: ['csv'] }];

  it('writes text as UTF-8 with the exact bytes, BOM included', async () => {
    const target = join(dir, 'organisationer.csv');
    chooseSavePath(target);
    const text = '\uFEFFNamn;Ort\r\nFöreningen Ängen;Malmö\r\n';
    const result = await call(IPC.saveFile, {
      suggestedName: 'organisationer.csv',
      filters: csvFilters,
      data: text,
    });

    expect(result).toEqual({ ok: true, value: target });
    expect(readFileSync(target)).toEqual(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.slice(1), 'utf8')]),
    );
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: join(electron.paths.documents, 'organisationer.csv'),
        filters: csvFilters,
      }),
    );
  });

  it('writes binary data unchanged over an existing file, leaving no temp file', async () => {
    const target = join(dir, 'export.xlsx');
    writeFileSync(target, 'gammalt innehåll');
    chooseSavePath(target);
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x10]);
    const result = await call(IPC.saveFile, {
      suggestedName: 'export.xlsx',
      filters: [],
      data: bytes,
    });

    expect(result).toEqual({ ok: true, value: target });
    expect(new Uint8Array(readFileSync(target))).toEqual(bytes);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('returns ok(null) and writes nothing when the user cancels', async () => {
    cancelSave();
    const result = await call(IPC.saveFile, {
      suggestedName: 'a.csv',
      filters: csvFilters,
      data: 'x',
    });
    expect(result).toEqual({ ok: true, value: null });
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each([
    ['no data', { suggestedName: 'a.csv', filters: [] }, 'data'],
    [
      'a path as name',
      { suggestedName: '../../etc/passwd', filters: [], data: 'x' },
      'otillåtna tecken',
    ],
    [
      'a control character',
      { suggestedName: 'a\u0007.csv', filters: [], data: 'x' },
      'otillåtna tecken',
    ],
    [
      'a Windows path',
      { suggestedName: 'C:\\temp\\a.csv', filters: [], data: 'x' },
      'otillåtna tecken',
    ],
    ['an empty name', { suggestedName: '  ', filters: [], data: 'x' }, 'filnamnet saknas'],
    [
      'a bad extension',
      { suggestedName: 'a', filters: [{ name: 'x', extensions: ['.csv'] }], data: 'x' },
      'filändelsen',
    ],
    ['an unknown field', { suggestedName: 'a', filters: [], data: 'x', path: '/tmp/a' }, 'path'],
    ['nothing at all', undefined, 'Ogiltig begäran'],
  ])('rejects %s with a Swedish message', async (_name, input, mentions) => {
    const result = await call(IPC.saveFile, input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/^Ogiltig begäran: /);
    expect(result.error).toContain(mentions);
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('reports a failed write in Swedish', async () => {
    chooseSavePath(join(dir, 'finns-inte', 'a.csv'));
    const result = await call(IPC.saveFile, { suggestedName: 'a.csv', filters: [], data: 'x' });
    expect(result).toEqual({
      ok: false,
      error: 'Kunde inte spara filen: filen eller mappen finns inte',
    });
  });
});

describe('openFile', () => {
  const jsonFilters = [{ name: 'Säkerhetskopia', extensions: ['json'] }];

  it('returns the file name and its exact bytes', async () => {
    const source = join(dir, 'backup.json');
    const bytes = Buffer.from('{"namn":"Åsa"}', 'utf8');
    writeFileSync(source, bytes);
    chooseOpenPath(source);
    const result = await call(IPC.openFile, { filters: jsonFilters });
    expect(result).toEqual({
      ok: true,
      value: { name: 'backup.json', data: new Uint8Array(bytes) },
    });
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({ properties: ['openFile'], filters: jsonFilters }),
    );
  });

  it('returns ok(null) when the user cancels', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await call(IPC.openFile, { filters: jsonFilters })).toEqual({ ok: true, value: null });
  });

  it('refuses files over 50 MB without reading them', async () => {
    const huge = join(dir, 'stor.json');
    writeFileSync(huge, '');
    truncateSync(huge, 60 * 1024 * 1024); // sparse: no real disk use
    chooseOpenPath(huge);
    expect(await call(IPC.openFile, { filters: jsonFilters })).toEqual({
      ok: false,
      error: 'Filen är för stor (60 MB). Lotsbok kan öppna filer på högst 50 MB.',
    });
  });

  it('reports a missing file in Swedish', async () => {
    chooseOpenPath(join(dir, 'borta.json'));
    expect(await call(IPC.openFile, { filters: jsonFilters })).toEqual({
      ok: false,
      error: 'Kunde inte öppna filen: filen eller mappen finns inte',
    });
  });

  it('rejects invalid input', async () => {
    const result = await call(IPC.openFile, { filters: 'json' });
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Ogiltig begäran: filters: /),
    });
  });
});

describe('printToPdf', () => {
  it('prints the sending page to A4 and writes the exact PDF bytes', async () => {
    const target = join(dir, 'mötesunderlag.pdf');
    chooseSavePath(target);
    const result = await call(IPC.printToPdf, { suggestedName: 'mötesunderlag' });

    expect(result).toEqual({ ok: true, value: target });
    expect(printToPDF).toHaveBeenCalledWith({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
    });
    expect(readFileSync(target)).toEqual(PDF_BYTES);
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: join(electron.paths.documents, 'mötesunderlag.pdf') }),
    );
  });

  it('does not print when the user cancels', async () => {
    cancelSave();
    expect(await call(IPC.printToPdf, { suggestedName: 'a.pdf' })).toEqual({
      ok: true,
      value: null,
    });
    expect(printToPDF).not.toHaveBeenCalled();
  });

  it('reports a failed print in Swedish', async () => {
    chooseSavePath(join(dir, 'a.pdf'));
    printToPDF.mockRejectedValueOnce(new Error('Failed to generate PDF'));
    expect(await call(IPC.printToPdf, { suggestedName: 'a.pdf' })).toEqual({
      ok: false,
      error: 'Kunde inte skapa PDF-filen: Failed to generate PDF',
    });
  });

  it('rejects invalid input', async () => {
    const result = await call(IPC.printToPdf, { suggestedName: 42 });
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Ogiltig begäran: suggestedName: /),
    });
  });
});
