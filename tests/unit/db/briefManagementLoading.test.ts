import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@renderer/db/db';
import { loadManagementBriefData } from '@renderer/features/briefs/data/briefQueries';
import type { BriefPeriod } from '@renderer/features/briefs/model/briefData';
import { OVERDUE_LIST_LIMIT } from '@renderer/features/briefs/model/managementBrief';
import { managementFigures } from '@renderer/features/briefs/model/managementFigures';
import { spansMostOfHistory } from '@renderer/features/briefs/model/managementRead';
import {
  HANDOFF_OUTCOMES,
  HANDOFF_PATHS,
  INQUIRY_STAGES,
  type InquiryEntity,
} from '@renderer/domain/entities';
import { localDateOf } from '@renderer/features/exports/model/localTime';
import { dayBoundsIso, resetClock, setClock } from '@renderer/lib/dates';
import { inquiryEntity } from '../../fixtures/inquiryBuilder';
import { resetDatabase } from '../../fixtures/resetDatabase';
import { followUp, handoff } from '../domain/briefFixtures';

const TODAY = '2026-03-05';
const DAY_MS = 86_400_000;

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function createRandom(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return { next, pick, int: (max: number) => Math.floor(next() * max) };
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** Inquiries over four years: handed on after intake, some signed later, mostly updated after both. */
function randomInquiries(seed: number, count: number, areaIds: string[]): InquiryEntity[] {
  const random = createRandom(seed);
  const start = Date.parse('2022-01-01T00:00:00Z');
  return Array.from({ length: count }, (_, index) => {
    const receivedAt = new Date(start + random.next() * 4 * 365 * DAY_MS).toISOString();
    const receivedOn = localDateOf(receivedAt) ?? '';
    const path = random.next() < 0.6 ? random.pick(HANDOFF_PATHS) : null;
    const decidedAt = path ? addDays(receivedOn, random.int(200)) : null;
    const kind =
      path && path !== 'avslutat' && random.next() < 0.6 ? random.pick(HANDOFF_OUTCOMES) : null;
    const signedAt =
      kind === 'avtal_tecknat' && decidedAt ? addDays(decidedAt, random.int(120)) : null;
    const lastDate = signedAt ?? decidedAt ?? receivedOn;
    // Mostly updated after both dates; some recorded ahead of a decision or signing date.
    const updatedOn =
      random.next() < 0.2
        ? addDays(lastDate, -1 - random.int(40))
        : addDays(lastDate, 1 + random.int(300));
    const updatedAt = `${updatedOn}T08:00:00.000Z`;
    return inquiryEntity('org-1', {
      id: `inq-${seed}-${index}`,
      title: `Ärende ${index}`,
      receivedAt,
      updatedAt,
      stage: path === 'avslutat' ? 'avslutat' : path ? 'uppfoljning' : random.pick(INQUIRY_STAGES),
      priorityAreaIds: areaIds.filter(() => random.next() < 0.3),
      handoff: path && decidedAt ? handoff(path, decidedAt) : null,
      handoffPath: path ?? '',
      outcome: kind
        ? {
            kind,
            decidedAt: decidedAt ?? receivedOn,
            agreementValue: signedAt ? 1000 * (1 + random.int(500)) : null,
            agreementStart: null,
            agreementEnd: null,
            signedAt,
            note: '',
          }
        : null,
    });
  });
}

const periodOf = (start: string, end: string): BriefPeriod => ({
  start,
  end,
  startAt: dayBoundsIso(start).start,
  endAt: dayBoundsIso(end).end,
});

/** The straightforward way: every row of both tables, filtered and counted in plain code. */
async function fullRead(period: BriefPeriod) {
  const [inquiries, followUps, priorityAreas] = await Promise.all([
    db.inquiries.toArray(),
    db.followUps.toArray(),
    db.priorityAreas.toArray(),
  ]);
  const overdue = followUps
    .filter((row) => row.status === 'open' && row.dueDate < TODAY)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || (a.id < b.id ? -1 : 1));
  const figures = managementFigures(
    { period, inquiries, priorityAreas, overdueFollowUps: overdue.length },
    (iso) => localDateOf(iso) ?? '',
  );
  return { figures, overdueListed: overdue.slice(0, OVERDUE_LIST_LIMIT) };
}

beforeEach(async () => {
  setClock(() => new Date(`${TODAY}T10:00:00.000Z`));
  await resetDatabase();
});
afterEach(resetClock);

describe('management summary loading', () => {
  it('gives exactly the figures of a full read, whichever way it reads', async () => {
    const areaIds = (await db.priorityAreas.toArray()).map((area) => area.id);
    await db.inquiries.bulkAdd(randomInquiries(7, 600, areaIds));
    const random = createRandom(11);
    await db.followUps.bulkAdd(
      Array.from({ length: 40 }, (_, index) =>
        followUp({
          id: `fu-${index}`,
          dueDate: addDays('2025-10-01', random.int(300)),
          status: random.next() < 0.7 ? 'open' : 'done',
        }),
      ),
    );
    const oldest = (await db.inquiries.orderBy('receivedAt').first())?.receivedAt;
    const periods: [BriefPeriod, boolean][] = [
      [periodOf('2021-01-01', TODAY), true],
      [periodOf('2023-01-01', '2023-12-31'), false],
      [periodOf('2024-02-10', '2024-05-20'), false],
      [periodOf('2022-01-01', '2022-01-31'), false],
      [periodOf('2025-06-01', TODAY), false],
      [periodOf('2024-01-01', '2025-12-31'), true],
    ];
    for (const [period, isWholeTable] of periods) {
      // The plan this period takes: both are compared against the full read.
      expect(spansMostOfHistory(period, oldest, TODAY)).toBe(isWholeTable);
      const expected = await fullRead(period);
      expect(expected.figures.newInquiries).toBeGreaterThan(0);
      const data = await loadManagementBriefData(period, TODAY);
      expect(data.figures).toEqual(expected.figures);
      expect(data.overdueListed).toEqual(expected.overdueListed);
    }
  });

  it('reads a period that spans most of the history as the whole table', () => {
    const oldest = '2016-12-16T14:00:04.162Z';
    expect(spansMostOfHistory({ start: '2016-01-01', end: TODAY }, oldest, TODAY)).toBe(true);
    expect(spansMostOfHistory({ start: '2025-01-01', end: '2025-12-31' }, oldest, TODAY)).toBe(
      false,
    );
    expect(spansMostOfHistory({ start: '2020-01-01', end: '2023-12-31' }, oldest, TODAY)).toBe(
      true,
    );
    expect(spansMostOfHistory({ start: '2025-01-01', end: '2025-12-31' }, undefined, TODAY)).toBe(
      true,
    );
  });

  it('counts an agreement recorded before the period but signed in it', async () => {
    // Received and recorded in October, with the signing date in November.
    await db.inquiries.bulkAdd([
      inquiryEntity('org-1', {
        id: 'inq-ahead',
        title: 'Avtal i förväg',
        receivedAt: '2025-10-01T09:00:00.000Z',
        updatedAt: '2025-10-28T09:00:00.000Z',
        stage: 'uppfoljning',
        handoff: handoff('direktupphandling', '2025-10-20'),
        handoffPath: 'direktupphandling',
        outcome: {
          kind: 'avtal_tecknat',
          decidedAt: '2025-10-28',
          agreementValue: 50_000,
          agreementStart: null,
          agreementEnd: null,
          signedAt: '2025-11-03',
          note: '',
        },
      }),
      ...Array.from({ length: 30 }, (_, index) =>
        inquiryEntity('org-1', {
          id: `inq-old-${index}`,
          title: `Äldre ${index}`,
          receivedAt: `2020-0${1 + (index % 9)}-10T09:00:00.000Z`,
          updatedAt: '2020-12-01T09:00:00.000Z',
        }),
      ),
    ]);
    const november = periodOf('2025-11-01', '2025-11-30');
    const data = await loadManagementBriefData(november, TODAY);
    expect(data.figures).toEqual((await fullRead(november)).figures);
    expect(data.figures.agreements).toHaveLength(1);
  });
});
