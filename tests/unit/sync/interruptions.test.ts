import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LotsbokDatabase } from '@renderer/db/LotsbokDatabase';
import type { EventEntity, FollowUpEntity } from '@renderer/domain/entities';
import { DELETED_FIELD, SYNCED_TABLES } from '@renderer/domain/syncRecords';
import { withDerivedFields } from '@renderer/sync/derivedFields';
import { pullPage } from '@renderer/sync/pullChanges';
import { PUSH_BATCH_SIZE } from '@renderer/sync/pushChanges';
import { syncTables } from '@renderer/sync/syncTables';
import type { SyncStatus, TeamReplicator } from '@renderer/sync/teamReplicator';
import { setUpTeam } from '../../../scripts/couch/teamDatabase.mjs';
import { startCouchServer } from '../../support/couchServer';
import {
  adminHeaders,
  countingTransport,
  joinMachine,
  organisation,
  PASSWORD,
  STAMP,
  type Machine,
  type MachineOptions,
} from './teamMachine';

/**
 * Replication cut off and refused: a server that dies in the middle of a push and comes back with
 * its data (on disk, same port), a pull stopped halfway, one side archiving or deleting what the
 * other edits, writes the server's rules refuse, and a session that is gone.
 */

const dataDir = mkdtempSync(join(tmpdir(), 'lotsbok-avbrott-'));
let server: Awaited<ReturnType<typeof startCouchServer>>;
let teams = 0;

beforeAll(async () => {
  server = await startCouchServer({ dataDir });
}, 60_000);

afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}, 20_000);

/** A team database of its own for each test. */
async function newTeam(): Promise<string> {
  teams += 1;
  const team = `avbrott${teams}`;
  await setUpTeam({
    url: server.url,
    admin: server.admin,
    team,
    users: ['anna', 'bo'].map((name) => ({ name, password: PASSWORD })),
  });
  return `lotsbok-${team}`;
}

const machine = (databaseName: string, user: string, options: Partial<MachineOptions> = {}) =>
  joinMachine({ url: server.url, databaseName, user, ...options });

type AllDocs = { total_rows: number; rows: { id: string; value: { rev: string } }[] };

async function serverDocs(databaseName: string): Promise<AllDocs['rows']> {
  const response = await fetch(`${server.url}/${databaseName}/_all_docs`, {
    headers: adminHeaders(server.admin),
  });
  const body = (await response.json()) as AllDocs;
  const rows = body.rows.filter((row) => !row.id.startsWith('_design/'));
  expect(body.total_rows).toBe(body.rows.length);
  return rows;
}

async function localCounts(database: LotsbokDatabase): Promise<Record<string, number>> {
  const counts = await Promise.all(SYNCED_TABLES.map((table) => database.table(table).count()));
  return Object.fromEntries(SYNCED_TABLES.map((table, index) => [table, counts[index] ?? 0]));
}

function serverCounts(rows: AllDocs['rows']): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(SYNCED_TABLES.map((t) => [t, 0]));
  for (const row of rows) {
    const table = row.id.slice(0, row.id.indexOf(':'));
    counts[table] = (counts[table] ?? 0) + 1;
  }
  return counts;
}

const event = (id: string, entityId: string): EventEntity => ({
  id,
  at: STAMP,
  navigatorId: null,
  entityType: 'organisation',
  entityId,
  organisationId: entityId,
  inquiryId: null,
  kind: 'updated',
  changes: [{ field: 'note', from: '', to: id }],
  summary: '',
});

async function until(check: () => Promise<boolean> | boolean, what: string, ms = 20_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const statusOf = (replicator: TeamReplicator): SyncStatus => replicator.getStatus();

describe('a server that goes away in the middle of a push', () => {
  /** Several push batches; the full 1 200 once, fewer where a later batch is what matters. */
  const RECORDS = { 'after a batch was answered': 1200, default: 700 };
  expect(RECORDS.default).toBeGreaterThan(2 * PUSH_BATCH_SIZE);

  const CASES = [
    'after a batch was answered',
    'while a batch is on its way',
    'after it wrote a batch, its answer lost',
  ] as const;
  for (const when of CASES) {
    test(`${when}: everything arrives once when it is back`, async () => {
      const records = when === 'after a batch was answered' ? RECORDS[when] : RECORDS.default;
      const databaseName = await newTeam();
      let bulkDocs = 0;
      let stopped: Promise<void> | null = null;
      let restarted: Promise<void> | null = null;
      /**
       * Kills the server (its data stays on disk, as after a crash); it comes back a moment later
       * on the same port. Resolves once it is down, so the machine meets it gone.
       */
      const killAndRestart = () => {
        stopped ??= server.crash();
        restarted ??= stopped.then(async () => {
          await new Promise((resolve) => setTimeout(resolve, 200));
          server = await startCouchServer({ dataDir, port: server.port });
        });
        return stopped;
      };
      const a = await machine(databaseName, 'anna', {
        retryDelaysMs: [200],
        longpollMs: 500,
        // After the first batch's answer, or just after the second batch was sent.
        onResponse: async (path) => {
          if (when === 'after a batch was answered' && path.endsWith('/_bulk_docs')) {
            bulkDocs += 1;
            if (bulkDocs === 1) await killAndRestart();
          }
          if (when === 'after it wrote a batch, its answer lost' && path.endsWith('/_bulk_docs')) {
            bulkDocs += 1;
            if (bulkDocs === 2) {
              await killAndRestart();
              throw new Error('socket hang up');
            }
          }
        },
        onRequest: (path) => {
          if (when === 'while a batch is on its way' && path.endsWith('/_bulk_docs')) {
            bulkDocs += 1;
            if (bulkDocs === 2) setTimeout(() => void killAndRestart(), 20);
          }
        },
      });
      await a.database.organisations.bulkAdd(
        Array.from({ length: records }, (_, index) => organisation(`org-${index}`)),
      );
      await a.database.events.bulkAdd(
        Array.from({ length: 30 }, (_, index) => event(`event-${index}`, `org-${index}`)),
      );
      // The register as it is (the seeded priority areas too) is queued for the team.
      const total = Object.values(await localCounts(a.database)).reduce((x, y) => x + y, 0);
      expect(total).toBeGreaterThanOrEqual(records + 30);
      expect(await syncTables(a.database).outbox.count()).toBe(total);

      const phases = new Set<string>();
      a.replicator.subscribe((status) => phases.add(status.phase));
      a.replicator.start();
      try {
        await until(() => restarted !== null, 'the server to be stopped');
        await restarted;
        await until(
          async () =>
            (await syncTables(a.database).outbox.count()) === 0 &&
            statusOf(a.replicator).phase === 'synced',
          'A to have pushed everything',
          40_000,
        );
      } finally {
        await a.replicator.stop();
      }
      expect(phases.has('offline')).toBe(true);
      if (when !== 'after a batch was answered') {
        // The second batch really was cut off: sent, and never answered.
        expect(a.requests.unanswered[0]).toMatch(/\/_bulk_docs$/);
      }
      if (when === 'after it wrote a batch, its answer lost') {
        // Sent again, met as already there (409), and taken as the server's: not written twice.
        expect(a.requests.count('/_all_docs')).toBeGreaterThan(0);
      }

      const rows = await serverDocs(databaseName);
      expect(rows).toHaveLength(total);
      expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
      // Each document written exactly once: nothing was sent over what the server already had.
      expect(rows.filter((row) => !row.value.rev.startsWith('1-'))).toEqual([]);
      expect(serverCounts(rows)).toEqual(await localCounts(a.database));
      expect(statusOf(a.replicator).pending).toBe(0);
      expect(await syncTables(a.database).conflicts.count()).toBe(0);

      const b = await machine(databaseName, 'bo');
      await b.replicator.syncNow();
      expect(await localCounts(b.database)).toEqual(await localCounts(a.database));
      expect(await syncTables(b.database).outbox.count()).toBe(0);
      a.database.close();
      b.database.close();
    }, 60_000);
  }
});

test('the live loop waiting on the feed rides out a server restart, both ways', async () => {
  const databaseName = await newTeam();
  const a = await machine(databaseName, 'anna', { longpollMs: 400, retryDelaysMs: [100] });
  const b = await machine(databaseName, 'bo');
  const phases: string[] = [];
  a.replicator.subscribe((status) => phases.push(status.phase));
  a.replicator.start();
  try {
    await until(() => statusOf(a.replicator).phase === 'synced', 'the first round');
    await server.crash();
    // Saved while the server is down: waits in the outbox.
    await a.database.organisations.add(organisation('org-while-down'));
    await until(() => statusOf(a.replicator).phase === 'offline', 'A to notice');
    server = await startCouchServer({ dataDir, port: server.port });
    // And a change from the other machine comes through the feed once it is back.
    await b.database.organisations.add(organisation('org-from-b'));
    await b.replicator.syncNow();
    await until(
      async () =>
        (await syncTables(a.database).outbox.count()) === 0 &&
        (await a.database.organisations.get('org-from-b')) !== undefined,
      'A to catch up',
    );
  } finally {
    await a.replicator.stop();
  }
  expect(phases).toContain('offline');
  expect((await serverDocs(databaseName)).map((row) => row.id)).toContain(
    'organisations:org-while-down',
  );
  expect(statusOf(a.replicator).error).toBeNull();
  a.database.close();
  b.database.close();
}, 30_000);

test('a pull stopped halfway (the machine closed mid-page) resumes at its checkpoint', async () => {
  const databaseName = await newTeam();
  const a = await machine(databaseName, 'anna');
  await a.database.organisations.bulkAdd(
    Array.from({ length: 600 }, (_, index) => organisation(`org-${index}`)),
  );
  await a.database.events.bulkAdd(
    Array.from({ length: 150 }, (_, index) => event(`event-${index}`, `org-${index}`)),
  );
  await a.replicator.syncNow();
  const rows = await serverDocs(databaseName);
  expect(serverCounts(rows)).toEqual(await localCounts(a.database));
  expect(rows.length).toBeGreaterThanOrEqual(750);

  const name = `bo-resume-${Math.random()}`;
  let changesAnswered = 0;
  let closeOnAnswer = 4;
  let b: Machine | null = null;
  const b1 = await machine(databaseName, 'bo', {
    name,
    onResponse: (path) => {
      if (!path.endsWith('/_changes')) return;
      changesAnswered += 1;
      // The machine is shut down with the fourth page's answer in hand, before applying it.
      if (changesAnswered === closeOnAnswer) b?.database.close();
    },
  });
  b = b1;
  const PAGE = 100;
  let applied = 0;
  let pages = 0;
  const pull = (m: Machine) =>
    pullPage({
      database: m.database,
      transport: m.transport,
      databaseName,
      at: () => new Date().toISOString(),
      limit: PAGE,
    });
  await expect(
    (async () => {
      for (;;) {
        const report = await pull(b1);
        applied += report.applied;
        pages += 1;
      }
    })(),
  ).rejects.toThrow();
  expect(pages).toBe(3);
  // Three pages of a hundred changes; the first holds the rules' design document, not applied.
  expect(applied).toBeGreaterThanOrEqual(3 * PAGE - 1);
  expect(applied).toBeLessThanOrEqual(3 * PAGE);

  // The same IndexedDB opened again, with a transport of its own (the app started anew).
  closeOnAnswer = -1;
  const reopened = new LotsbokDatabase(name);
  await reopened.open();
  const { transport } = countingTransport(server.url);
  const { logIn } = await import('@renderer/sync/couchClient');
  await logIn(transport, 'bo', PASSWORD);
  const b2: Machine = { ...b1, database: reopened, transport };
  // The fourth page never got in: what is here is exactly the three applied pages.
  expect(await syncTables(reopened).meta.count()).toBe(applied);
  for (;;) {
    const report = await pull(b2);
    applied += report.applied;
    if (report.received < PAGE) break;
  }
  // Every server document applied exactly once, none twice.
  expect(applied).toBe(rows.length);
  expect(await localCounts(reopened)).toEqual(serverCounts(rows));
  // Only this machine's own seeded priority areas wait to go up (merged with the team's, see
  // the report); nothing pulled is queued to be sent back.
  expect(
    (await syncTables(reopened).outbox.toArray()).filter(
      (entry) => entry.table !== 'priorityAreas',
    ),
  ).toEqual([]);
  expect(await syncTables(reopened).meta.count()).toBe(rows.length);
  a.database.close();
  reopened.close();
}, 60_000);

const followUp = (id: string): FollowUpEntity => ({
  id,
  organisationId: 'org-1',
  inquiryId: null,
  callId: null,
  navigatorId: null,
  dueDate: '2026-12-10',
  nextStep: 'Ring tillbaka',
  status: 'open',
  doneAt: null,
  createdAt: STAMP,
  updatedAt: STAMP,
});

describe('one side archives or deletes what the other edits', () => {
  async function pair() {
    const databaseName = await newTeam();
    const a = await machine(databaseName, 'anna');
    const b = await machine(databaseName, 'bo');
    await a.database.organisations.add(organisation('org-1'));
    await a.database.followUps.add(followUp('fu-1'));
    await a.replicator.syncNow();
    await b.replicator.syncNow();
    return { a, b };
  }

  test('archived on A, phone changed on B: both end archived with the new phone', async () => {
    const { a, b } = await pair();
    const onA = await a.database.organisations.get('org-1');
    const onB = await b.database.organisations.get('org-1');
    if (!onA || !onB) throw new Error('missing');
    await a.database.organisations.put({ ...onA, status: 'archived', updatedAt: STAMP });
    await b.database.organisations.put(
      withDerivedFields('organisations', {
        ...onB,
        phone: '031-44 55 66',
        updatedAt: STAMP,
      }) as typeof onB,
    );
    await a.replicator.syncNow();
    await b.replicator.syncNow();
    await a.replicator.syncNow();
    for (const m of [a, b]) {
      const record = await m.database.organisations.get('org-1');
      expect(record?.status).toBe('archived');
      expect(record?.phone).toBe('031-44 55 66');
      expect(record?.phoneDigits).toBe('031445566');
      expect(await syncTables(m.database).conflicts.count()).toBe(0);
      expect(await syncTables(m.database).outbox.count()).toBe(0);
    }
  }, 30_000);

  for (const first of ['deletion', 'edit'] as const) {
    test(`deleted on A, edited on B (${first} synced first): the edit survives, listed`, async () => {
      const { a, b } = await pair();
      await a.database.followUps.delete('fu-1');
      await b.database.followUps.update('fu-1', { nextStep: 'Skicka offert' });
      if (first === 'deletion') {
        await a.replicator.syncNow();
        await b.replicator.syncNow();
        await a.replicator.syncNow();
      } else {
        await b.replicator.syncNow();
        await a.replicator.syncNow();
        await b.replicator.syncNow();
      }
      for (const m of [a, b]) {
        expect((await m.database.followUps.get('fu-1'))?.nextStep).toBe('Skicka offert');
        expect(await syncTables(m.database).outbox.count()).toBe(0);
      }
      // Listed on the machine whose push met the other side's change.
      const listedOn = first === 'deletion' ? b : a;
      expect(await syncTables(listedOn.database).conflicts.toArray()).toEqual([
        expect.objectContaining({
          key: 'followUps:fu-1',
          fields: [
            {
              field: DELETED_FIELD,
              local: first === 'edit',
              server: first === 'deletion',
            },
          ],
        }),
      ]);
    }, 30_000);
  }
});

describe('writes the server refuses', () => {
  test('a record the rules refuse stays here with the reason, is not resent until asked', async () => {
    const databaseName = await newTeam();
    const a = await machine(databaseName, 'anna');
    const { status: _status, ...withoutStatus } = organisation('org-bad');
    void _status;
    await a.database.organisations.add(withoutStatus as ReturnType<typeof organisation>);
    await a.database.organisations.add(organisation('org-good'));

    await a.replicator.syncNow();
    const entry = await syncTables(a.database).outbox.get('organisations:org-bad');
    expect(entry?.refused).toBe('Fältet ”status” saknas eller har fel typ.');
    expect(await a.database.organisations.get('org-bad')).toBeDefined();
    expect(statusOf(a.replicator).refused).toBe(1);
    expect(statusOf(a.replicator).pending).toBe(1);
    const onServer = (await serverDocs(databaseName)).map((row) => row.id);
    expect(onServer.filter((id) => id.startsWith('organisations:'))).toEqual([
      'organisations:org-good',
    ]);

    const sent = a.requests.count('/_bulk_docs');
    await a.replicator.syncNow();
    expect(a.requests.count('/_bulk_docs')).toBe(sent);
    expect(statusOf(a.replicator).refused).toBe(1);

    await a.replicator.retryRefused();
    await a.replicator.syncNow();
    expect(a.requests.count('/_bulk_docs')).toBe(sent + 1);
    expect((await syncTables(a.database).outbox.get('organisations:org-bad'))?.refused).toBe(
      'Fältet ”status” saknas eller har fel typ.',
    );
    a.database.close();
  }, 30_000);

  test('a whole batch refused, or with nothing to send, does not hold back the changes after it', async () => {
    const databaseName = await newTeam();
    const a = await machine(databaseName, 'anna');
    // Two full batches the rules refuse, then a full batch created and removed before any push
    // (a round pushes twice: before and after its pull).
    await a.database.organisations.bulkAdd(
      Array.from({ length: 2 * PUSH_BATCH_SIZE }, (_, index) => {
        const { status: _status, ...bad } = organisation(`org-bad-${index}`);
        void _status;
        return bad as ReturnType<typeof organisation>;
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 5));
    const gone = Array.from({ length: PUSH_BATCH_SIZE }, (_, index) => `org-gone-${index}`);
    await a.database.organisations.bulkAdd(gone.map((id) => organisation(id)));
    await a.database.organisations.bulkDelete(gone);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await a.database.organisations.add(organisation('org-after'));

    await a.replicator.syncNow();
    const onServer = (await serverDocs(databaseName)).map((row) => row.id);
    expect(onServer).toContain('organisations:org-after');
    expect(onServer.filter((id) => id.startsWith('organisations:org-bad'))).toEqual([]);
    expect(statusOf(a.replicator).refused).toBe(2 * PUSH_BATCH_SIZE);
    expect(statusOf(a.replicator).pending).toBe(2 * PUSH_BATCH_SIZE);
    a.database.close();
  }, 30_000);

  test('a record corrected while its refused version was on its way goes up at once', async () => {
    const databaseName = await newTeam();
    let correct: (() => Promise<void>) | null = null;
    const a = await machine(databaseName, 'anna', {
      // The navigator saves the fix while the bad version is being sent.
      onRequest: async (path) => {
        if (path.endsWith('/_bulk_docs') && correct) {
          const fix = correct;
          correct = null;
          await fix();
        }
      },
    });
    await a.replicator.syncNow(); // the seeded priority areas
    const { status: _status, ...withoutStatus } = organisation('org-fixed');
    void _status;
    await a.database.organisations.add(withoutStatus as ReturnType<typeof organisation>);
    correct = async () => {
      await a.database.organisations.update('org-fixed', { status: 'active' });
    };

    await a.replicator.syncNow();
    expect(await syncTables(a.database).outbox.get('organisations:org-fixed')).toBeUndefined();
    expect(statusOf(a.replicator).refused).toBe(0);
    expect((await serverDocs(databaseName)).map((row) => row.id)).toContain(
      'organisations:org-fixed',
    );
    a.database.close();
  }, 30_000);

  test('an event changed here (the history is append-only) is refused, once, not in a loop', async () => {
    const databaseName = await newTeam();
    const a = await machine(databaseName, 'anna', { longpollMs: 300, retryDelaysMs: [50] });
    await a.database.events.add(event('event-1', 'org-1'));
    await a.replicator.syncNow();
    await a.database.events.update('event-1', { summary: 'Skrivet i efterhand' });

    a.replicator.start();
    try {
      await until(() => statusOf(a.replicator).refused === 1, 'the refusal');
      const sent = a.requests.count('/_bulk_docs');
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(a.requests.count('/_bulk_docs')).toBe(sent);
      expect(statusOf(a.replicator).phase).toBe('synced');
    } finally {
      await a.replicator.stop();
    }
    expect((await syncTables(a.database).outbox.get('events:event-1'))?.refused).toBe(
      'En händelse i historiken kan inte ändras eller tas bort.',
    );
    expect((await a.database.events.get('event-1'))?.summary).toBe('Skrivet i efterhand');
    a.database.close();
  }, 30_000);
});

test('a session that is gone stops the loop with sessionExpired', async () => {
  const databaseName = await newTeam();
  const a = await machine(databaseName, 'anna', { logIn: false, retryDelaysMs: [20] });
  await a.database.organisations.add(organisation('org-1'));
  const reported = new Promise<SyncStatus>((resolve) =>
    a.replicator.subscribe((status) => {
      if (status.phase === 'error') resolve(status);
    }),
  );
  a.replicator.start();
  const status = await reported;
  expect(status.error?.code).toBe('sessionExpired');
  const sent = a.requests.paths.length;
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(a.requests.paths.length).toBe(sent);
  await a.replicator.stop();
  // Nothing was lost or set aside: the change waits, unrefused, for the navigator to sign in.
  expect((await syncTables(a.database).outbox.get('organisations:org-1'))?.refused).toBeNull();
  expect(statusOf(a.replicator).refused).toBe(0);
  a.database.close();
}, 30_000);

test('a session that ends while the loop runs stops it at the next request', async () => {
  const databaseName = await newTeam();
  const a = await machine(databaseName, 'anna', { longpollMs: 200, retryDelaysMs: [20] });
  a.replicator.start();
  try {
    await until(() => statusOf(a.replicator).phase === 'synced', 'the first round');
    a.transport.forgetSession(); // as when the server's session has run out
    await a.database.organisations.add(organisation('org-after-session'));
    await until(() => statusOf(a.replicator).phase === 'error', 'the loop to report');
    expect(statusOf(a.replicator).error?.code).toBe('sessionExpired');
    const sent = a.requests.paths.length;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(a.requests.paths.length).toBe(sent);
    expect(statusOf(a.replicator).phase).toBe('error');
  } finally {
    await a.replicator.stop();
  }
  expect(
    (await syncTables(a.database).outbox.get('organisations:org-after-session'))?.refused,
  ).toBeNull();
  a.database.close();
}, 30_000);
