import type { DesktopApi, FileFilter, OpenedFile } from '@shared/desktopApi';
import { fail, ok } from '@shared/result';
import { version } from '../../../../package.json';
import { createCouchTransport, replyOf, type CouchTransport } from '@shared/couchTransport';

/** The web host's implementation of the desktop contract: downloads, a file input, window.print(). */

function download(name: string, data: string | Uint8Array): void {
  const part: BlobPart = typeof data === 'string' ? data : new Uint8Array(data);
  const url = URL.createObjectURL(new Blob([part]));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoke later: Chromium reads the blob asynchronously after click().
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function pickFile(filters: FileFilter[]): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = filters.flatMap((f) => f.extensions.map((ext) => `.${ext}`)).join(',');
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

const browserTransports = new Map<string, CouchTransport>();

function browserTransport(serverUrl: string): CouchTransport {
  let transport = browserTransports.get(serverUrl);
  if (!transport) {
    transport = createCouchTransport({
      baseUrl: serverUrl,
      fetch: (url, init) => window.fetch(url, init),
      keepCookie: false,
    });
    browserTransports.set(serverUrl, transport);
  }
  return transport;
}

export const webPlatform = {
  getAppInfo: async () => ({
    host: 'web',
    version,
    platform: navigator.platform,
    userDataPath: null,
  }),
  saveFile: async ({ suggestedName, data }) => {
    try {
      download(suggestedName, data);
      return ok(suggestedName);
    } catch (error) {
      return fail(`Kunde inte spara filen: ${String(error)}`);
    }
  },
  openFile: async ({ filters }) => {
    const file = await pickFile(filters);
    if (!file) return ok(null);
    const opened: OpenedFile = { name: file.name, data: new Uint8Array(await file.arrayBuffer()) };
    return ok(opened);
  },
  printToPdf: async () => {
    window.print();
    return ok(null);
  },
  // Automatic backups need a folder on disk; a copy in the same browser storage would be lost
  // together with the data it protects, so the web host has none (the UI hides the list).
  writeAutomaticBackup: async () =>
    fail('Automatiska säkerhetskopior finns bara i skrivbordsappen.'),
  listBackups: async () => ok([]),
  readBackup: async () => fail('Automatiska säkerhetskopior finns bara i skrivbordsappen.'),
  openBackupFile: async () => {
    const file = await pickFile([{ name: 'Lotsbok-säkerhetskopia', extensions: ['json'] }]);
    if (!file) return ok(null);
    try {
      return ok({ name: file.name, text: await file.text() });
    } catch (error) {
      return fail(`Kunde inte läsa filen: ${String(error)}`);
    }
  },
  // The browser keeps CouchDB's session cookie itself; the server must allow this origin (CORS).
  teamServerRequest: async ({ serverUrl, request }) =>
    ok(await replyOf(browserTransport(serverUrl), request)),
  forgetTeamSession: async () => ok(null),
  onMenuCommand: () => () => undefined,
} satisfies DesktopApi;
