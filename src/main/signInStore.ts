import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from './fsAtomic';
import type { SignIn, SignInStore } from './teamSessions';

/**
 * Team server sign-ins kept on disk only encrypted by the operating system's key store (Electron's
 * safeStorage: DPAPI on Windows, Keychain on macOS, libsecret on Linux). Where no key store is
 * available, sign-ins are kept in memory only: the navigator signs in again after a restart
 * rather than the password lying in a file anyone with the disk can read.
 */

export type Encryption = {
  isEncryptionAvailable(): boolean;
  encryptString(text: string): Buffer;
  decryptString(data: Buffer): string;
};

/**
 * Electron's safeStorage as an Encryption, except that Linux's fallback backend "basic_text" (used
 * when no keyring answers; its key is a constant in Chromium's source, so anyone with the file can
 * decrypt it) counts as no key store at all: isEncryptionAvailable() is true there.
 */
export function keyStoreEncryption(
  safeStorage: Encryption & { getSelectedStorageBackend(): string },
  platform: NodeJS.Platform = process.platform,
): Encryption {
  return {
    isEncryptionAvailable: () =>
      safeStorage.isEncryptionAvailable() &&
      (platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'),
    encryptString: (text) => safeStorage.encryptString(text),
    decryptString: (data) => safeStorage.decryptString(data),
  };
}

const fileSchema = z.record(z.string(), z.string());
const signInSchema = z.object({ name: z.string(), password: z.string() });

export function createSignInStore(filePath: string, encryption: Encryption): SignInStore {
  const memory = new Map<string, SignIn>();

  const readAll = async (): Promise<Record<string, string>> => {
    try {
      const parsed = fileSchema.safeParse(JSON.parse(await readFile(filePath, 'utf8')));
      return parsed.success ? parsed.data : {};
    } catch {
      return {};
    }
  };
  const writeAll = (entries: Record<string, string>): Promise<void> =>
    writeFileAtomic(filePath, JSON.stringify(entries));
  // One file read, changed and written whole: two saves at once (two servers) must not both read
  // the old file and the later write lose the other's entry, nor a load bring back a removed one.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    load: (serverUrl) =>
      serially(async () => {
        const inMemory = memory.get(serverUrl);
        if (inMemory) return inMemory;
        if (!encryption.isEncryptionAvailable()) return null;
        const sealed = (await readAll())[serverUrl];
        if (!sealed) return null;
        try {
          const signIn = signInSchema.safeParse(
            JSON.parse(encryption.decryptString(Buffer.from(sealed, 'base64'))),
          );
          if (!signIn.success) return null;
          memory.set(serverUrl, signIn.data);
          return signIn.data;
        } catch {
          // Sealed under another user's key (a copied profile): as if nothing were kept.
          return null;
        }
      }),
    save: (serverUrl, signIn) =>
      serially(async () => {
        memory.set(serverUrl, signIn);
        if (!encryption.isEncryptionAvailable()) return;
        try {
          const entries = await readAll();
          entries[serverUrl] = encryption.encryptString(JSON.stringify(signIn)).toString('base64');
          await writeAll(entries);
        } catch {
          // A locked keyring or a full disk: kept in memory for this run, as without a key store.
          // The server accepted the sign-in: that must not read as a failure to reach it.
        }
      }),
    remove: (serverUrl) =>
      serially(async () => {
        memory.delete(serverUrl);
        const entries = await readAll();
        if (!(serverUrl in entries)) return;
        delete entries[serverUrl];
        await writeAll(entries);
      }),
  };
}
