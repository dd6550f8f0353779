import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createSignInStore,
  keyStoreEncryption,
  type Encryption,
} from '../../../src/main/signInStore';

const SERVER = 'https://team.example.se';
const OTHER_SERVER = 'https://annat.example.se';
const ANNA = { name: 'anna', password: 'hemligt-lösenord' };
const BERIT = { name: 'berit', password: 'annat-lösenord' };

/** Reversible, but nothing like the clear text: base64 of the text reversed, behind a prefix. */
function fakeEncryption(options: { available?: boolean; key?: string } = {}): Encryption {
  const prefix = `sealed:${options.key ?? 'user-1'}:`;
  return {
    isEncryptionAvailable: () => options.available ?? true,
    encryptString: (text) =>
      Buffer.from(prefix + Buffer.from([...text].reverse().join('')).toString('base64')),
    decryptString: (data) => {
      const sealed = data.toString();
      if (!sealed.startsWith(prefix)) throw new Error('Error while decrypting the ciphertext');
      return [...Buffer.from(sealed.slice(prefix.length), 'base64').toString()].reverse().join('');
    },
  };
}

let dir: string;
let filePath: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lotsbok-signin-'));
  filePath = join(dir, 'team-sign-in.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('createSignInStore', () => {
  it('keeps a sign-in across a restart (a second store on the same file)', async () => {
    await createSignInStore(filePath, fakeEncryption()).save(SERVER, ANNA);
    const afterRestart = createSignInStore(filePath, fakeEncryption());
    expect(await afterRestart.load(SERVER)).toEqual(ANNA);
    expect(await afterRestart.load(OTHER_SERVER)).toBeNull();
  });

  it('writes neither the password nor the name in clear', async () => {
    await createSignInStore(filePath, fakeEncryption()).save(SERVER, ANNA);
    const text = readFileSync(filePath, 'utf8');
    expect(text).not.toContain(ANNA.password);
    expect(text).not.toContain('hemligt');
    expect(text).not.toContain('"name"');
    expect(Object.keys(JSON.parse(text) as object)).toEqual([SERVER]);
    // Written atomically: no temp file left beside it.
    expect(readdirSync(dir)).toEqual(['team-sign-in.json']);
  });

  it('keeps sign-ins in memory only when no key store is available', async () => {
    const store = createSignInStore(filePath, fakeEncryption({ available: false }));
    await store.save(SERVER, ANNA);
    expect(await store.load(SERVER)).toEqual(ANNA);
    expect(existsSync(filePath)).toBe(false);
    const afterRestart = createSignInStore(filePath, fakeEncryption({ available: false }));
    expect(await afterRestart.load(SERVER)).toBeNull();
  });

  it.each([
    ['not JSON', '{"https://team.example.se": '],
    ['not an object of strings', '{"https://team.example.se": 42}'],
    ['an array', '[]'],
    ['empty', ''],
  ])('reads a file that is %s as no sign-in', async (_name, content) => {
    writeFileSync(filePath, content);
    const store = createSignInStore(filePath, fakeEncryption());
    expect(await store.load(SERVER)).toBeNull();
    // …and a new sign-in replaces it.
    await store.save(SERVER, ANNA);
    expect(await createSignInStore(filePath, fakeEncryption()).load(SERVER)).toEqual(ANNA);
  });

  it('reads an entry sealed under another key (a copied profile) as no sign-in', async () => {
    await createSignInStore(filePath, fakeEncryption({ key: 'user-1' })).save(SERVER, ANNA);
    expect(
      await createSignInStore(filePath, fakeEncryption({ key: 'user-2' })).load(SERVER),
    ).toBeNull();
  });

  it('reads an entry that decrypts to something else than a sign-in as no sign-in', async () => {
    const encryption = fakeEncryption();
    writeFileSync(
      filePath,
      JSON.stringify({
        [SERVER]: encryption.encryptString('{"name":"anna"}').toString('base64'),
        [OTHER_SERVER]: encryption.encryptString('inte json').toString('base64'),
      }),
    );
    const store = createSignInStore(filePath, encryption);
    expect(await store.load(SERVER)).toBeNull();
    expect(await store.load(OTHER_SERVER)).toBeNull();
  });

  it('remove() deletes only that server’s sign-in', async () => {
    const store = createSignInStore(filePath, fakeEncryption());
    await store.save(SERVER, ANNA);
    await store.save(OTHER_SERVER, BERIT);

    await store.remove(SERVER);
    expect(await store.load(SERVER)).toBeNull();
    expect(await store.load(OTHER_SERVER)).toEqual(BERIT);
    const afterRestart = createSignInStore(filePath, fakeEncryption());
    expect(await afterRestart.load(SERVER)).toBeNull();
    expect(await afterRestart.load(OTHER_SERVER)).toEqual(BERIT);
    expect(Object.keys(JSON.parse(readFileSync(filePath, 'utf8')) as object)).toEqual([
      OTHER_SERVER,
    ]);
  });

  it('remove() of a server with nothing kept writes no file', async () => {
    await createSignInStore(filePath, fakeEncryption()).remove(SERVER);
    expect(existsSync(filePath)).toBe(false);
  });

  it.each([
    [
      'the key store refuses to encrypt',
      () => {
        const encryption = fakeEncryption();
        encryption.encryptString = () => {
          throw new Error('Error while encrypting the text provided to encryptString.');
        };
        return createSignInStore(join(dir, 'team-sign-in.json'), encryption);
      },
    ],
    [
      'the file cannot be written',
      () => createSignInStore(join(dir, 'saknas', 'team-sign-in.json'), fakeEncryption()),
    ],
  ])('keeps a sign-in in memory when %s', async (_name, storeOf) => {
    const store = storeOf();
    await expect(store.save(SERVER, ANNA)).resolves.toBeUndefined();
    expect(await store.load(SERVER)).toEqual(ANNA);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a new sign-in for a server replaces the old one', async () => {
    const store = createSignInStore(filePath, fakeEncryption());
    await store.save(SERVER, ANNA);
    await store.save(SERVER, BERIT);
    expect(await createSignInStore(filePath, fakeEncryption()).load(SERVER)).toEqual(BERIT);
  });

  it('keeps both of two sign-ins saved at the same time', async () => {
    const store = createSignInStore(filePath, fakeEncryption());
    await Promise.all([store.save(SERVER, ANNA), store.save(OTHER_SERVER, BERIT)]);
    const afterRestart = createSignInStore(filePath, fakeEncryption());
    expect(await afterRestart.load(SERVER)).toEqual(ANNA);
    expect(await afterRestart.load(OTHER_SERVER)).toEqual(BERIT);
  });

  it('does not bring back a sign-in removed while it was being read', async () => {
    await createSignInStore(filePath, fakeEncryption()).save(SERVER, ANNA);
    const store = createSignInStore(filePath, fakeEncryption());
    const [loaded] = await Promise.all([store.load(SERVER), store.remove(SERVER)]);
    expect(loaded).toEqual(ANNA);
    expect(await store.load(SERVER)).toBeNull();
  });
});

describe('keyStoreEncryption', () => {
  const safeStorage = (backend: string, available = true) => ({
    ...fakeEncryption({ available }),
    getSelectedStorageBackend: () => backend,
  });

  it('counts Linux’s plain-text fallback as no key store', () => {
    expect(keyStoreEncryption(safeStorage('basic_text'), 'linux').isEncryptionAvailable()).toBe(
      false,
    );
    expect(
      keyStoreEncryption(safeStorage('gnome_libsecret'), 'linux').isEncryptionAvailable(),
    ).toBe(true);
    expect(keyStoreEncryption(safeStorage('unknown'), 'win32').isEncryptionAvailable()).toBe(true);
    expect(
      keyStoreEncryption(safeStorage('kwallet5', false), 'linux').isEncryptionAvailable(),
    ).toBe(false);
  });

  it('encrypts and decrypts through safeStorage', () => {
    const encryption = keyStoreEncryption(safeStorage('kwallet6'), 'linux');
    expect(encryption.decryptString(encryption.encryptString('hej'))).toBe('hej');
  });
});
