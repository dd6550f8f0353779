import { SYNC_BOOKKEEPING_TABLES } from '@renderer/db/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  backupTableSpecs,
  createBackupText,
  currentSchemaVersion,
  restoreBackup,
} from '@renderer/features/backup/data/backupRepository';
import { db } from '@renderer/db/db';
import { parseBackup } from '@renderer/features/backup/model/parseBackup';
import { resetDatabase } from '../../fixtures/resetDatabase';

type Dump = Record<string, unknown[]>;

/** Every table's rows in primary-key order. */
async function dumpDatabase(): Promise<Dump> {
  const dump: Dump = {};
  for (const table of db.tables) dump[table.name] = await table.toArray();
  return dump;
}

/**
 * Field names shared by many tables, so random values land in real indexes (name, createdAt,
 * tags, status…) too; `orgNumber` (a unique index) is left out, it gets unique values below.
 */
const FIELD_NAMES = ['name', 'note', 'tags', 'status', 'createdAt', 'value', 'query', 'nested'];

/** JSON cannot tell -0 from 0 (the app never stores -0 on purpose); everything else JSON can hold. */
const hasNegativeZero = (value: unknown): boolean =>
  Object.is(value, -0) ||
  (typeof value === 'object' && value !== null && Object.values(value).some(hasNegativeZero));

const storableValue = fc.jsonValue({ maxDepth: 2 }).filter((value) => !hasNegativeZero(value));

const rowsArbitrary = (primaryKey: string, orgNumberPrefix: string) =>
  fc
    .uniqueArray(
      fc.record({
        key: fc.string({ minLength: 1, maxLength: 12 }),
        fields: fc.dictionary(fc.constantFrom(...FIELD_NAMES), storableValue, {
          maxKeys: 4,
        }),
      }),
      { selector: (row) => row.key, maxLength: 6 },
    )
    .map((rows) =>
      rows.map(({ key, fields }, index) => ({
        ...fields,
        orgNumber: index % 2 === 0 ? null : `${orgNumberPrefix}-${String(index).padStart(4, '0')}`,
        [primaryKey]: key,
      })),
    );

/** A random database: any rows in every table the app has (present and future ones). */
const databaseArbitrary = (orgNumberPrefix: string) =>
  fc.record(
    Object.fromEntries(
      backupTableSpecs().map((spec) => [
        spec.name,
        rowsArbitrary(spec.primaryKey, orgNumberPrefix),
      ]),
    ),
  );

async function fill(tables: Record<string, unknown[]>): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const [name, rows] of Object.entries(tables)) await db.table(name).bulkPut(rows);
  });
}

describe('backup → restore (property)', () => {
  it('covers every shared and local table, the v3 ones and drafts, settings and saved views included', () => {
    expect(backupTableSpecs().map((spec) => spec.name)).toEqual(
      expect.arrayContaining([
        'importBatches',
        'importMappings',
        'briefs',
        'drafts',
        'settings',
        'savedViews',
        'events',
      ]),
    );
    // Every table but replication's bookkeeping (this machine's relation to a server).
    expect(backupTableSpecs()).toHaveLength(db.tables.length - SYNC_BOOKKEEPING_TABLES.length);
  });

  it('gives back exactly the database that was backed up, whatever it held', async () => {
    await fc.assert(
      fc.asyncProperty(
        databaseArbitrary('802005'),
        databaseArbitrary('556016'),
        async (original, later) => {
          await resetDatabase();
          await fill(original);
          const before = await dumpDatabase();

          const { text } = await createBackupText('0.1.0-test');
          // The data changes after the backup: other rows, and some tables emptied.
          await fill(later);
          await db.organisations.clear();

          const parsed = parseBackup(text, {
            schemaVersion: currentSchemaVersion(),
            tables: backupTableSpecs(),
          });
          if (!parsed.ok) throw new Error(`backup refused: ${JSON.stringify(parsed.problem)}`);
          const eventId = await restoreBackup(parsed.backup, { actorId: null, source: 'test' });

          // The restore itself is the one extra event in the audit log.
          expect(await db.events.get(eventId)).toMatchObject({ kind: 'restored' });
          await db.events.delete(eventId);
          const after = await dumpDatabase();
          expect(after).toEqual(before);
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);
});
