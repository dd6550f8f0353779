import { describe, expect, it } from 'vitest';
import { BackupTextBuilder } from '@renderer/features/backup/model/BackupTextBuilder';
import { BACKUP_FORMAT, type BackupHeader } from '@renderer/features/backup/model/backupFormat';
import { parseBackup } from '@renderer/features/backup/model/parseBackup';

const expected = {
  schemaVersion: 3,
  tables: [
    { name: 'organisations', primaryKey: 'id' },
    { name: 'settings', primaryKey: 'key' },
  ],
};

const header = (
  counts: Record<string, number>,
  patch: Partial<BackupHeader> = {},
): BackupHeader => ({
  format: BACKUP_FORMAT,
  formatVersion: 1,
  schemaVersion: 3,
  appVersion: '0.1.0',
  createdAt: '2026-11-22T13:00:00.000Z',
  counts,
  ...patch,
});

const organisations = [
  { id: 'o1', name: 'Föreningen Ängen', tags: ['barn'], orgNumber: null },
  { id: 'o2', name: 'Kooperativet Öresund', tags: [], orgNumber: '769600-0000' },
];
const settings = [{ key: 'language', value: 'sv', updatedAt: '2026-11-22T13:00:00.000Z' }];

function build(
  tables: Record<string, unknown[]>,
  counts = Object.fromEntries(Object.entries(tables).map(([n, r]) => [n, r.length])),
  patch: Partial<BackupHeader> = {},
): string {
  const builder = new BackupTextBuilder(header(counts, patch));
  for (const [name, rows] of Object.entries(tables)) {
    builder.startTable(name);
    // Two chunks, as the repository hands them over.
    builder.addRows(rows.slice(0, 1));
    builder.addRows(rows.slice(1));
  }
  return builder.finish();
}

describe('BackupTextBuilder', () => {
  it('writes one JSON document: the header, then every table, one row per line', () => {
    const text = build({ organisations, settings });
    expect(JSON.parse(text)).toEqual({
      ...header({ organisations: 2, settings: 1 }),
      tables: { organisations, settings },
    });
    const rowLines = text.split('\n').filter((line) => /^\{"(id|key)":/.test(line));
    expect(rowLines.map((line) => JSON.parse(line.replace(/,$/, '')))).toEqual([
      ...organisations,
      ...settings,
    ]);
  });

  it('writes empty tables and an empty database', () => {
    expect(JSON.parse(build({ organisations: [] })).tables).toEqual({ organisations: [] });
    expect(JSON.parse(build({})).tables).toEqual({});
  });
});

describe('parseBackup', () => {
  it('accepts a backup and keeps every row as written', () => {
    const parsed = parseBackup(build({ organisations, settings }), expected);
    expect(parsed).toEqual({
      ok: true,
      backup: { ...header({ organisations: 2, settings: 1 }), tables: { organisations, settings } },
    });
  });

  it('accepts a file saved with a byte order mark', () => {
    expect(parseBackup(`\uFEFF${build({ settings })}`, expected).ok).toBe(true);
  });

  it('treats a table missing from an older backup as empty (no entry)', () => {
    const parsed = parseBackup(
      build({ settings }, { settings: 1 }, { schemaVersion: 2 }),
      expected,
    );
    expect(parsed.ok && parsed.backup.tables).toEqual({ settings });
  });

  it.each([
    ['a truncated file', (text: string) => text.slice(0, text.length / 2), { code: 'notJson' }],
    ['an empty file', () => '', { code: 'notJson' }],
    ['another JSON file', () => '{"name":"Ängen"}', { code: 'notBackup' }],
    ['a JSON array', () => '[1,2]', { code: 'notBackup' }],
  ])('refuses %s', (_name, change, problem) => {
    expect(parseBackup(change(build({ organisations })), expected)).toEqual({ ok: false, problem });
  });

  it('refuses a newer file format and a newer database version', () => {
    expect(parseBackup(build({}, {}, { formatVersion: 2 }), expected)).toEqual({
      ok: false,
      problem: { code: 'newerFormat', params: { version: 2 } },
    });
    expect(parseBackup(build({}, {}, { schemaVersion: 4 }), expected)).toEqual({
      ok: false,
      problem: { code: 'newerSchema', params: { version: 4, supported: 3 } },
    });
  });

  it('refuses a damaged header', () => {
    const text = build({ organisations }).replace(
      '"createdAt":"2026-11-22T13:00:00.000Z"',
      '"createdAt":"igår"',
    );
    const parsed = parseBackup(text, expected);
    expect(parsed.ok ? null : parsed.problem.code).toBe('damaged');
  });

  it('refuses an unknown table', () => {
    expect(parseBackup(build({ secrets: [{ id: 's' }] }), expected)).toEqual({
      ok: false,
      problem: { code: 'unknownTable', params: { table: 'secrets' } },
    });
  });

  it('refuses counts that do not match the rows (a cut or edited file)', () => {
    expect(parseBackup(build({ organisations }, { organisations: 3 }), expected)).toEqual({
      ok: false,
      problem: {
        code: 'countMismatch',
        params: { table: 'organisations', expected: 3, actual: 2 },
      },
    });
    expect(parseBackup(build({ organisations }, {}), expected)).toEqual({
      ok: false,
      problem: { code: 'damaged', params: { detail: 'counts.organisations' } },
    });
  });

  it.each([
    ['a row without its key', [{ name: 'x' }], 1],
    ['a row that is not an object', [organisations[0], 'text'], 2],
    ['a row with an empty key', [{ id: '' }], 1],
    ['a row that is an array', [['o1']], 1],
  ])('refuses %s', (_name, rows, row) => {
    expect(parseBackup(build({ organisations: rows }), expected)).toEqual({
      ok: false,
      problem: { code: 'badRow', params: { table: 'organisations', row } },
    });
  });

  it('refuses a primary key that appears twice', () => {
    expect(parseBackup(build({ settings: [...settings, ...settings] }), expected)).toEqual({
      ok: false,
      problem: { code: 'duplicateKey', params: { table: 'settings', key: 'language' } },
    });
  });
});
