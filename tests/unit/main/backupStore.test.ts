import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  backupFileName,
  listBackupFiles,
  parseBackupFileName,
  readBackupFile,
  writeBackupFile,
} from '../../../src/main/backupStore';

let root: string;
let dir: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'lotsbok-backups-'));
  dir = join(root, 'backups');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const at = (iso: string) => new Date(iso);

describe('backup file names', () => {
  it('embed the time without colons and read back to the same time and reason', () => {
    const name = backupFileName('import', at('2026-11-22T21:30:05.123Z'));
    expect(name).toBe('lotsbok-2026-11-22T21-30-05-123Z-import.json');
    expect(parseBackupFileName(name)).toEqual({
      createdAt: '2026-11-22T21:30:05.123Z',
      reason: 'import',
    });
  });

  it.each([
    '../lotsbok-2026-11-22T21-30-05-123Z-daily.json',
    'lotsbok-2026-11-22T21-30-05-123Z-daily.json/../../etc/passwd',
    'lotsbok-2026-11-22T21-30-05-123Z-other.json',
    'lotsbok-2026-13-45T99-30-05-123Z-daily.json',
    'anteckningar.json',
  ])('refuses %s', (name) => {
    expect(parseBackupFileName(name)).toBeNull();
  });
});

describe('writeBackupFile', () => {
  it('creates the folder and writes the text exactly', async () => {
    const info = await writeBackupFile(
      dir,
      { data: '{"å":"ö"}', reason: 'daily', keep: 5 },
      at('2026-11-22T08:00:00.000Z'),
    );
    expect(info).toEqual({
      name: 'lotsbok-2026-11-22T08-00-00-000Z-daily.json',
      createdAt: '2026-11-22T08:00:00.000Z',
      reason: 'daily',
      size: Buffer.byteLength('{"å":"ö"}'),
    });
    expect(readFileSync(join(dir, info.name), 'utf8')).toBe('{"å":"ö"}');
  });

  it('keeps only the newest `keep` backups and never touches other files', async () => {
    const days = ['01', '02', '03', '04', '05'];
    for (const day of days) {
      await writeBackupFile(
        dir,
        { data: `dag ${day}`, reason: 'daily', keep: 3 },
        at(`2026-11-${day}T08:00:00.000Z`),
      );
    }
    writeFileSync(join(dir, 'README.txt'), 'egen fil');
    await writeBackupFile(
      dir,
      { data: 'före import', reason: 'import', keep: 3 },
      at('2026-11-06T09:00:00.000Z'),
    );

    expect(readdirSync(dir).sort()).toEqual([
      'README.txt',
      'lotsbok-2026-11-04T08-00-00-000Z-daily.json',
      'lotsbok-2026-11-05T08-00-00-000Z-daily.json',
      'lotsbok-2026-11-06T09-00-00-000Z-import.json',
    ]);
  });
});

describe('listBackupFiles', () => {
  it('is empty before the folder exists', async () => {
    expect(await listBackupFiles(dir)).toEqual([]);
  });

  it('lists backups newest first with size and reason, skipping other files', async () => {
    await writeBackupFile(
      dir,
      { data: 'a', reason: 'daily', keep: 10 },
      at('2026-11-01T08:00:00.000Z'),
    );
    await writeBackupFile(
      dir,
      { data: 'bbb', reason: 'restore', keep: 10 },
      at('2026-11-03T08:00:00.000Z'),
    );
    writeFileSync(join(dir, 'lotsbok-trasig.json'), 'x');

    const listed = await listBackupFiles(dir);
    expect(listed.map(({ reason, size, createdAt }) => ({ reason, size, createdAt }))).toEqual([
      { reason: 'restore', size: 3, createdAt: '2026-11-03T08:00:00.000Z' },
      { reason: 'daily', size: 1, createdAt: '2026-11-01T08:00:00.000Z' },
    ]);
  });
});

describe('readBackupFile', () => {
  it('reads a listed backup', async () => {
    const { name } = await writeBackupFile(dir, { data: 'innehåll', reason: 'daily', keep: 10 });
    expect(await readBackupFile(dir, name, 1_000)).toBe('innehåll');
  });

  it('refuses a name outside the pattern, so no other file can be read', async () => {
    writeFileSync(join(root, 'hemlig.json'), 'hemligt');
    await expect(readBackupFile(dir, '../hemlig.json', 1_000)).rejects.toThrow(
      'är ingen säkerhetskopia',
    );
  });

  it('refuses a file larger than the limit', async () => {
    const { name } = await writeBackupFile(dir, {
      data: 'x'.repeat(50),
      reason: 'daily',
      keep: 10,
    });
    await expect(readBackupFile(dir, name, 10)).rejects.toThrow('för stor');
  });
});
