import fc from 'fast-check';
import type { CallEntity, EventEntity } from '@renderer/domain/entities';
import { DELETED_FIELD, type SyncData } from '@renderer/domain/syncRecords';
import { withDerivedFields } from '@renderer/sync/derivedFields';
import { resolveConflict } from '@renderer/sync/resolveConflict';
import { syncTables } from '@renderer/sync/syncTables';
import { setUpTeam } from '../../../scripts/couch/teamDatabase.mjs';
import { startCouchServer, type CouchServer } from '../../support/couchServer';
import { joinMachine, organisation, PASSWORD, type Machine } from './teamMachine';

/**
 * Two machines editing one organisation and adding calls in random interleavings with syncs and
 * spells apart. Whatever the order, once both have synced until nothing is pending:
 *  (a) both hold the same organisations and calls, field for field;
 *  (b) no value a navigator saved is lost without trace: each one is the current value, or was
 *      knowingly replaced on the machine that held it, or is in the conflict list — and once the
 *      conflicts are resolved (keeping the server's value), the unchosen ones are in the events.
 * One server for the file; each run gets a team database of its own.
 */

let server: CouchServer;
let run = 0;

beforeAll(async () => {
  server = await startCouchServer();
}, 60_000);

afterAll(async () => {
  await server?.stop();
}, 10_000);

/** 20 runs by default (a few seconds); CONVERGENCE_RUNS=300 for a longer search. */
const RUNS = Number(process.env['CONVERGENCE_RUNS'] ?? 20);

const FIELDS = ['name', 'phone', 'email', 'note', 'district', 'status'] as const;
type Field = (typeof FIELDS)[number];
type Side = 'a' | 'b';

type Command =
  | { kind: 'edit'; side: Side; field: Field; archived: boolean }
  | { kind: 'call'; side: Side }
  | { kind: 'editCall'; side: Side; pick: number }
  | { kind: 'deleteCall'; side: Side; pick: number }
  | { kind: 'sync'; side: Side }
  | { kind: 'syncWhileEditing'; side: Side; field: Field }
  | { kind: 'apart'; side: Side }
  | { kind: 'together'; side: Side };

const side = fc.constantFrom<Side>('a', 'b');
/** Commands over a few fields only, so that both machines often edit the same one. */
const commandOn = (fields: Field[]): fc.Arbitrary<Command> => {
  const field = fc.constantFrom(...fields);
  return fc.oneof(
    {
      arbitrary: fc.record({
        kind: fc.constant('edit' as const),
        side,
        field,
        archived: fc.boolean(),
      }),
      weight: 5,
    },
    { arbitrary: fc.record({ kind: fc.constant('call' as const), side }), weight: 2 },
    {
      arbitrary: fc.record({ kind: fc.constant('editCall' as const), side, pick: fc.nat(5) }),
      weight: 1,
    },
    {
      arbitrary: fc.record({ kind: fc.constant('deleteCall' as const), side, pick: fc.nat(5) }),
      weight: 1,
    },
    { arbitrary: fc.record({ kind: fc.constant('sync' as const), side }), weight: 4 },
    {
      arbitrary: fc.record({ kind: fc.constant('syncWhileEditing' as const), side, field }),
      weight: 1,
    },
    { arbitrary: fc.record({ kind: fc.constant('apart' as const), side }), weight: 1 },
    { arbitrary: fc.record({ kind: fc.constant('together' as const), side }), weight: 1 },
  );
};
const commands = fc
  .subarray([...FIELDS], { minLength: 1, maxLength: 3 })
  .chain((fields) => fc.array(commandOn(fields), { minLength: 1, maxLength: 16 }));

const ORG = 'org-1';

/** The fields a comparison looks at: everything the record carries (all of it is shared). */
const shared = (record: SyncData | undefined) => record;

async function newTeam(): Promise<{ a: Machine; b: Machine }> {
  run += 1;
  const team = `konv${run}`;
  await setUpTeam({
    url: server.url,
    admin: server.admin,
    team,
    users: ['anna', 'bo'].map((name) => ({ name, password: PASSWORD })),
  });
  const databaseName = `lotsbok-${team}`;
  const a = await joinMachine({ url: server.url, databaseName, user: 'anna' });
  const b = await joinMachine({ url: server.url, databaseName, user: 'bo' });
  return { a, b };
}

async function outboxSize(machine: Machine): Promise<number> {
  return syncTables(machine.database).outbox.count();
}

/** Sync A, B, A, B … until neither has anything pending (bounded). */
async function settle(a: Machine, b: Machine): Promise<void> {
  for (let round = 0; round < 8; round += 1) {
    await a.replicator.syncNow();
    await b.replicator.syncNow();
    if ((await outboxSize(a)) === 0 && (await outboxSize(b)) === 0) {
      await a.replicator.syncNow(); // takes what B pushed last
      if ((await outboxSize(a)) === 0) return;
    }
  }
  throw new Error(
    `not settled: outbox A ${await outboxSize(a)}, B ${await outboxSize(b)}: ${JSON.stringify(
      await syncTables(a.database).outbox.toArray(),
    )} ${JSON.stringify(await syncTables(b.database).outbox.toArray())}`,
  );
}

const byId = <T extends { id: string }>(rows: T[]) =>
  [...rows].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));

test(
  'two machines converge and lose no saved value, whatever the interleaving',
  async () => {
    await fc.assert(
      fc.asyncProperty(commands, async (steps) => {
        const { a, b } = await newTeam();
        const machines = { a, b };
        const apart = { a: false, b: false };
        let tick = 0;
        const stamp = () =>
          new Date(Date.parse('2026-12-02T08:00:00.000Z') + ++tick * 1000).toISOString();

        await a.database.organisations.add(organisation(ORG));
        await a.replicator.syncNow();
        await b.replicator.syncNow();

        /** Every value saved, per field, and those knowingly replaced on the machine holding them. */
        const saved = new Map<Field, Set<unknown>>();
        const replaced = new Map<Field, Set<unknown>>();
        const calls: string[] = [];
        const deletedCalls = new Set<string>();
        /** A call this machine has (the pick-th, wrapping), or none. */
        const pickCall = async (s: Side, pick: number) => {
          const ids = (await machines[s].database.calls.toCollection().primaryKeys()).sort();
          return ids.length === 0 ? undefined : ids[pick % ids.length];
        };

        const edit = async (s: Side, f: Field, archived = false) => {
          const { database } = machines[s];
          const value =
            f === 'status' ? (archived ? 'archived' : 'active') : `${f}-${s}-${tick + 1}`;
          await database.transaction('rw', database.organisations, async () => {
            const current = await database.organisations.get(ORG);
            if (!current) throw new Error('organisation missing');
            if (current[f] !== value) {
              if (!replaced.has(f)) replaced.set(f, new Set());
              replaced.get(f)?.add(current[f]);
            }
            await database.organisations.put(
              withDerivedFields('organisations', {
                ...current,
                [f]: value,
                updatedAt: stamp(),
              }) as typeof current,
            );
          });
          if (!saved.has(f)) saved.set(f, new Set());
          saved.get(f)?.add(value);
        };

        for (const step of steps) {
          switch (step.kind) {
            case 'edit':
              await edit(step.side, step.field, step.archived);
              break;
            case 'call': {
              const id = `call-${step.side}-${tick + 1}`;
              calls.push(id);
              const call: CallEntity = {
                id,
                organisationId: ORG,
                contactPersonId: null,
                inquiryId: null,
                navigatorId: null,
                occurredAt: stamp(),
                direction: 'utgaende',
                durationMinutes: 5,
                outcome: 'talade_med',
                summary: `Samtal ${id}`,
                noteKind: 'tjansteanteckning',
                createdAt: STAMP_CALL,
                updatedAt: STAMP_CALL,
              };
              await machines[step.side].database.calls.add(call);
              break;
            }
            case 'editCall': {
              const id = await pickCall(step.side, step.pick);
              if (id !== undefined) {
                await machines[step.side].database.calls.update(id, {
                  summary: `Ändrat ${step.side}-${tick + 1}`,
                  updatedAt: stamp(),
                });
              }
              break;
            }
            case 'deleteCall': {
              const id = await pickCall(step.side, step.pick);
              if (id !== undefined) {
                deletedCalls.add(id);
                await machines[step.side].database.calls.delete(id);
              }
              break;
            }
            case 'sync':
              if (!apart[step.side]) await machines[step.side].replicator.syncNow();
              break;
            case 'syncWhileEditing':
              if (apart[step.side]) await edit(step.side, step.field);
              else
                await Promise.all([
                  machines[step.side].replicator.syncNow(),
                  edit(step.side, step.field),
                ]);
              break;
            case 'apart':
              apart[step.side] = true;
              break;
            case 'together':
              apart[step.side] = false;
              break;
          }
        }

        await settle(a, b);

        // (a) the same records on both machines
        const [orgsA, orgsB, callsA, callsB] = await Promise.all([
          a.database.organisations.toArray(),
          b.database.organisations.toArray(),
          a.database.calls.toArray(),
          b.database.calls.toArray(),
        ]);
        expect(byId(orgsA).map(shared)).toEqual(byId(orgsB).map(shared));
        expect(byId(callsA)).toEqual(byId(callsB));
        // A call nobody deleted is there; one deleted on one side and edited on the other too.
        const present = new Set(callsA.map((call) => call.id));
        expect(calls.filter((id) => !deletedCalls.has(id) && !present.has(id))).toEqual([]);

        // (b) every saved value is current, knowingly replaced, or in a conflict
        const current = orgsA.find((row) => row.id === ORG) as SyncData | undefined;
        expect(current).toBeDefined();
        const conflicts = [
          ...(await syncTables(a.database).conflicts.toArray()),
          ...(await syncTables(b.database).conflicts.toArray()),
        ];
        expect(conflicts.every((entry) => !entry.duplicate)).toBe(true);
        // Deleted on one side and edited on the other happens to calls only (nobody deletes org-1).
        expect(
          conflicts.filter(
            (entry) =>
              entry.table !== 'calls' && entry.fields.some((f) => f.field === DELETED_FIELD),
          ),
        ).toEqual([]);
        const inConflicts = (f: Field, value: unknown) =>
          conflicts.some((entry) =>
            entry.fields.some(
              (c) =>
                c.field === f &&
                (c.local === value || c.server === value || (c.earlier ?? []).includes(value)),
            ),
          );
        const unaccounted: string[] = [];
        for (const [f, values] of saved) {
          for (const value of values) {
            if (current?.[f] === value || replaced.get(f)?.has(value) || inConflicts(f, value))
              continue;
            unaccounted.push(`${f}=${String(value)}`);
          }
        }
        expect(unaccounted).toEqual([]);

        // Resolve every conflict keeping the server's value: the other one goes to the events.
        for (const machine of [a, b]) {
          for (const conflict of await syncTables(machine.database).conflicts.toArray()) {
            await resolveConflict(machine.database, conflict, {}, null);
          }
        }
        await settle(a, b);
        const [eventsA, eventsB] = await Promise.all([
          a.database.events.toArray(),
          b.database.events.toArray(),
        ]);
        expect(byId(eventsA)).toEqual(byId(eventsB));
        const logged = (f: Field, value: unknown) =>
          eventsA.some(
            (event: EventEntity) =>
              event.kind === 'conflictResolved' &&
              event.changes.some((c) => c.field === f && (c.from === value || c.to === value)),
          );
        for (const entry of conflicts) {
          for (const c of entry.fields) {
            expect(logged(c.field as Field, c.local)).toBe(true);
            expect(logged(c.field as Field, c.server)).toBe(true);
            for (const value of c.earlier ?? []) expect(logged(c.field as Field, value)).toBe(true);
          }
        }
        // Resolving keeps the records as they were (the server's values) and equal on both.
        expect(byId(await a.database.organisations.toArray())).toEqual(byId(orgsA));
        expect(byId(await b.database.organisations.toArray())).toEqual(byId(orgsA));
        expect(byId(await a.database.calls.toArray())).toEqual(
          byId(await b.database.calls.toArray()),
        );
        expect(await syncTables(a.database).conflicts.count()).toBe(0);
        expect(await syncTables(b.database).conflicts.count()).toBe(0);

        // fake-indexeddb keeps every database in memory: drop them, or later runs slow down.
        await a.database.delete();
        await b.database.delete();
      }),
      {
        numRuns: RUNS,
        examples: [
          [
            [
              // A conflict on a field not yet resolved, then the same field in conflict again.
              { kind: 'edit', side: 'a', field: 'note', archived: false },
              { kind: 'edit', side: 'b', field: 'note', archived: false },
              { kind: 'sync', side: 'b' },
              { kind: 'sync', side: 'a' },
              { kind: 'edit', side: 'b', field: 'note', archived: false },
              { kind: 'sync', side: 'b' },
              { kind: 'edit', side: 'a', field: 'note', archived: false },
              { kind: 'sync', side: 'a' },
            ],
          ],
        ],
      },
    );
  },
  Math.max(120_000, RUNS * 3_000),
);

const STAMP_CALL = '2026-12-02T07:00:00.000Z';
