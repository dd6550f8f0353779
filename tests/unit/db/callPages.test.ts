import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  callPageByIds,
  callRangePage,
  countCallRange,
  isSingleRangeQuery,
  queryCallIds,
  type CallListQuery,
} from '@renderer/features/calls/data/callPages';
import { db } from '@renderer/db/db';
import { CALL_DIRECTIONS, type CallEntity } from '@renderer/domain/entities';
import { createOrganisation } from '@renderer/features/organisations/data/organisationRepository';
import { organisationInput } from '../../fixtures/builders';
import { resetDatabase } from '../../fixtures/resetDatabase';

beforeEach(resetDatabase);

const ORGANISATIONS = ['org-a', 'org-b', 'org-c'];
const NAVIGATORS = ['nav-1', 'nav-2', null];
const OUTCOMES = ['talade_med', 'inget_svar', 'meddelande'];
// Few distinct minutes, so many calls share an occurredAt and the tie order is tested too.
const TIMES = ['2026-01-10T09:00:00.000Z', '2026-03-05T12:30:00.000Z', '2026-03-05T23:59:59.999Z'];

const callArbitrary = fc.record({
  organisationId: fc.constantFrom(...ORGANISATIONS),
  navigatorId: fc.constantFrom(...NAVIGATORS),
  direction: fc.constantFrom(...CALL_DIRECTIONS),
  outcome: fc.constantFrom(...OUTCOMES),
  occurredAt: fc.constantFrom(...TIMES),
});

const queryArbitrary = fc.record({
  fromIso: fc.constantFrom('2026-01-01T00:00:00.000Z', '2026-03-05T12:30:00.000Z'),
  toIso: fc.constantFrom('2026-03-05T23:59:59.999Z', '2026-12-31T23:59:59.999Z'),
  organisationId: fc.constantFrom('', ...ORGANISATIONS),
  navigatorId: fc.constantFrom('', 'nav-1', 'nav-2'),
  direction: fc.constantFrom('' as const, ...CALL_DIRECTIONS),
  outcome: fc.constantFrom('', ...OUTCOMES),
}) satisfies fc.Arbitrary<CallListQuery>;

/** The reference: every call read and filtered in memory, newest first (ties: the higher id first, as an index gives them). */
async function referenceIds(query: CallListQuery): Promise<string[]> {
  const matches = (await db.calls.toArray()).filter(
    (call) =>
      call.occurredAt >= query.fromIso &&
      call.occurredAt <= query.toIso &&
      (!query.organisationId || call.organisationId === query.organisationId) &&
      (!query.navigatorId || call.navigatorId === query.navigatorId) &&
      (!query.direction || call.direction === query.direction) &&
      (!query.outcome || call.outcome === query.outcome),
  );
  const key = (call: CallEntity) => `${call.occurredAt}|${call.id}`;
  return matches.sort((a, b) => (key(a) < key(b) ? 1 : -1)).map((call) => call.id);
}

function toEntity(
  partial: Pick<
    CallEntity,
    'organisationId' | 'navigatorId' | 'direction' | 'outcome' | 'occurredAt'
  >,
  index: number,
): CallEntity {
  return {
    ...partial,
    id: `call-${String(index).padStart(3, '0')}`,
    contactPersonId: null,
    inquiryId: null,
    durationMinutes: 5,
    summary: `Samtal ${index}`,
    noteKind: 'tjansteanteckning',
    createdAt: partial.occurredAt,
    updatedAt: partial.occurredAt,
  };
}

describe('the Samtal list queries', () => {
  it('list, page and count exactly the calls, in the order, that reading and filtering the rows gives', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(callArbitrary, { maxLength: 40 }),
        fc.array(fc.tuple(queryArbitrary, fc.nat(45), fc.integer({ min: 1, max: 12 })), {
          minLength: 1,
          maxLength: 6,
        }),
        async (calls, queries) => {
          await db.calls.clear();
          await db.calls.bulkAdd(calls.map(toEntity));
          for (const [query, offset, limit] of queries) {
            const expected = await referenceIds(query);
            expect(await queryCallIds(query)).toEqual(expected);
            if (!isSingleRangeQuery(query)) continue;
            expect(await countCallRange(query)).toBe(expected.length);
            const page = await callRangePage(query, offset, limit);
            expect(page.start).toBe(offset);
            expect(page.calls.map((call) => call?.id)).toEqual(
              expected.slice(offset, offset + limit),
            );
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('is one range for at most one filter, and newest first within the period', async () => {
    await db.calls.bulkAdd([
      toEntity({ ...base, occurredAt: '2026-03-01T10:00:00.000Z' }, 1),
      toEntity({ ...base, occurredAt: '2026-03-02T10:00:00.000Z' }, 2),
      toEntity({ ...base, occurredAt: '2026-04-01T10:00:00.000Z' }, 3),
    ]);
    const query = {
      ...all,
      fromIso: '2026-03-01T00:00:00.000Z',
      toIso: '2026-03-31T23:59:59.999Z',
    };
    expect(isSingleRangeQuery(query)).toBe(true);
    expect(isSingleRangeQuery({ ...query, direction: 'utgaende' })).toBe(true);
    expect(isSingleRangeQuery({ ...query, direction: 'utgaende', outcome: 'x' })).toBe(false);
    expect(await queryCallIds(query)).toEqual(['call-002', 'call-001']);
    expect(await queryCallIds({ ...query, direction: 'utgaende' })).toEqual([]);
  });
});

const base = {
  organisationId: 'org-a',
  navigatorId: 'nav-1',
  direction: 'inkommande',
  outcome: 'talade_med',
} as const;
const all: CallListQuery = {
  fromIso: '2000-01-01T00:00:00.000Z',
  toIso: '2100-01-01T00:00:00.000Z',
  organisationId: '',
  navigatorId: '',
  direction: '',
  outcome: '',
};

describe('callPageByIds', () => {
  it('reads the calls in order with their organisation names, marking gone calls and unknown organisations', async () => {
    const organisation = await createOrganisation(organisationInput({ name: 'Läxhjälpen' }), null);
    await db.calls.bulkAdd([
      toEntity(
        { ...base, occurredAt: '2026-01-10T09:00:00.000Z', organisationId: organisation.id },
        1,
      ),
      toEntity({ ...base, occurredAt: '2026-03-05T12:30:00.000Z', organisationId: 'org-gone' }, 2),
    ]);
    const rows = await callPageByIds(['call-001', 'call-missing', 'call-002'], 100);
    expect(rows.start).toBe(100);
    expect(rows.calls.map((call) => call?.id)).toEqual(['call-001', undefined, 'call-002']);
    expect(rows.organisationNames.get(organisation.id)).toBe('Läxhjälpen');
    expect(rows.organisationNames.get('org-gone')).toBeNull();
  });
});
