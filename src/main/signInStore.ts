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

  return {
    async load(serverUrl) {
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
    },
    async save(serverUrl, signIn) {
      memory.set(serverUrl, signIn);
      if (!encryption.isEncryptionAvailable()) return;
      const entries = await readAll();
      entries[serverUrl] = encryption.encryptString(JSON.stringify(signIn)).toString('base64');
      await writeAll(entries);
    },
    async remove(serverUrl) {
      memory.delete(serverUrl);
      const entries = await readAll();
      if (!(serverUrl in entries)) return;
      delete entries[serverUrl];
      await writeAll(entries);
    },
  };
}
