import type {
  CallEntity,
  ContactPersonEntity,
  FollowUpEntity,
  InquiryEntity,
  NavigatorEntity,
  OrganisationEntity,
  UnitEntity,
} from '../../domain/entities';
import { planCalls } from './callPlan';
import { buildCall, buildFollowUp, createCallLinks } from './calls';
import { isoTimestamp } from './format';
import { buildInquiries } from './inquiries';
import { type NavigatorRef, buildNavigators, buildUnits } from './municipality';
import { buildOrganisations } from './organisations';
import { createIdSource, createRandom, deriveSeed } from './random';

/**
 * A seeded, deterministic generator of realistic Swedish data: the same options give the same rows.
 * Rows come in batches of at most SEED_BATCH_SIZE, table by table in dependency order. Navigators,
 * units, organisations, contact persons and inquiries are built up front (they are referenced);
 * calls and follow-ups are built batch by batch, so 200 000 calls are never in memory at once.
 *
 * Timestamps depend only on `today` and the seed; office hours and `yyyy-MM-dd` dates use the local
 * time zone, so two machines give identical rows when they share a time zone. Ids are a function of
 * the seed too: writing the same seed twice into one database gives the same ids.
 */

export type SeedSize = 'exempel' | 'stress';

export const SEED_TABLES = [
  'navigators',
  'units',
  'organisations',
  'contactPersons',
  'inquiries',
  'calls',
  'followUps',
] as const;
export type SeedTable = (typeof SEED_TABLES)[number];

export type SeedRows = {
  navigators: NavigatorEntity;
  units: UnitEntity;
  organisations: OrganisationEntity;
  contactPersons: ContactPersonEntity;
  inquiries: InquiryEntity;
  calls: CallEntity;
  followUps: FollowUpEntity;
};

export type SeedBatch = { [T in SeedTable]: { table: T; rows: SeedRows[T][] } }[SeedTable];

export type SeedOptions = {
  size: SeedSize;
  seed: number;
  /** "Now" for the data set: every timestamp is at or before it (open follow-ups fall due after it). */
  today: Date;
  /** Existing navigators to use instead of generating navigator rows. */
  navigatorIds?: string[];
};

export const SEED_BATCH_SIZE = 2000;

export const SEED_SIZES: Record<SeedSize, Readonly<Record<SeedTable, number>>> = {
  exempel: {
    navigators: 3,
    units: 6,
    organisations: 60,
    contactPersons: 110,
    inquiries: 80,
    calls: 400,
    followUps: 60,
  },
  stress: {
    navigators: 6,
    units: 12,
    organisations: 10_000,
    contactPersons: 20_000,
    inquiries: 50_000,
    calls: 200_000,
    followUps: 20_000,
  },
};

/** Rows per table that generateDataset yields for these options (no navigator rows when ids are given). */
export function datasetTotals(
  size: SeedSize,
  options: Pick<SeedOptions, 'navigatorIds'> = {},
): Record<SeedTable, number> {
  return {
    ...SEED_SIZES[size],
    navigators: options.navigatorIds ? 0 : SEED_SIZES[size].navigators,
  };
}

function* inBatches<T extends SeedTable>(
  table: T,
  rows: readonly SeedRows[T][],
): Generator<SeedBatch> {
  for (let start = 0; start < rows.length; start += SEED_BATCH_SIZE) {
    yield { table, rows: rows.slice(start, start + SEED_BATCH_SIZE) } as SeedBatch;
  }
}

function* streamed<T extends SeedTable>(
  table: T,
  count: number,
  build: (index: number) => SeedRows[T],
): Generator<SeedBatch> {
  let rows: SeedRows[T][] = [];
  for (let index = 0; index < count; index++) {
    rows.push(build(index));
    if (rows.length === SEED_BATCH_SIZE) {
      yield { table, rows } as SeedBatch;
      rows = [];
    }
  }
  if (rows.length > 0) yield { table, rows } as SeedBatch;
}

export function* generateDataset(options: SeedOptions): Generator<SeedBatch, void, undefined> {
  const now = options.today.getTime();
  if (!Number.isFinite(now)) throw new RangeError('today must be a valid date');
  const counts = SEED_SIZES[options.size];
  const { seed } = options;
  const stream = (label: string) => createRandom(deriveSeed(seed, label));
  const ids = (namespace: number) => createIdSource(seed, namespace);

  const navigators = options.navigatorIds
    ? []
    : buildNavigators(stream('navigators'), ids(1), counts.navigators, now);
  const navigatorRefs: NavigatorRef[] = options.navigatorIds
    ? options.navigatorIds.map((id) => ({ id, name: '' }))
    : navigators.map(({ id, name }) => ({ id, name }));
  const units = buildUnits(stream('units'), ids(2), counts.units, now);
  yield* inBatches('navigators', navigators);
  yield* inBatches('units', units);

  // The up-front part (about 2 s for 'stress'): everything calls refer to, and the call schedule,
  // so each organisation's lastContactedAt is known before organisations are yielded.
  const orgs = buildOrganisations(
    stream('organisations'),
    { organisations: ids(3), contactPersons: ids(4) },
    counts.organisations,
    counts.contactPersons,
    now,
    navigatorRefs,
  );
  const inquiries = buildInquiries(
    stream('inquiries'),
    ids(5),
    counts.inquiries,
    orgs,
    navigatorRefs,
    units,
    now,
  );
  const plan = planCalls(stream('call-plan'), counts.calls, counts.followUps, orgs, inquiries, now);

  const finish = stream('organisation-updates');
  orgs.forEach((org, i) => {
    const lastContactMs = plan.lastContactMs[i] ?? -1;
    const editedMs = org.createdMs + finish.next() * (now - org.createdMs) * 0.5;
    org.entity.lastContactedAt = lastContactMs >= 0 ? isoTimestamp(lastContactMs) : null;
    org.entity.updatedAt = isoTimestamp(Math.min(now, Math.max(editedMs, lastContactMs)));
  });

  yield* inBatches(
    'organisations',
    orgs.map((org) => org.entity),
  );
  yield* inBatches(
    'contactPersons',
    orgs.flatMap((org) => org.contacts),
  );
  yield* inBatches(
    'inquiries',
    inquiries.map((inquiry) => inquiry.entity),
  );

  const links = createCallLinks();
  const callRandom = stream('calls');
  const callIds = ids(6);
  yield* streamed('calls', plan.count, (index) =>
    buildCall(callRandom, callIds, plan, index, orgs, inquiries, navigatorRefs, now, links),
  );
  const followUpRandom = stream('follow-ups');
  const followUpIds = ids(7);
  yield* streamed('followUps', plan.followUps.length, (index) =>
    buildFollowUp(
      followUpRandom,
      followUpIds,
      plan,
      index,
      orgs,
      inquiries,
      navigatorRefs,
      now,
      links,
    ),
  );
}
