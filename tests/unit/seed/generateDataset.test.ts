import { format } from 'date-fns';
import {
  DEFAULT_CALL_OUTCOMES,
  DEFAULT_PRIORITY_AREAS,
  DEFAULT_THRESHOLDS,
} from '@renderer/domain/defaults';
import { INQUIRY_STAGES } from '@renderer/domain/entities';
import {
  EXPECTED_GROUP_DIGITS,
  groupMatchesLegalForm,
  parseOrgNumber,
} from '@renderer/domain/orgNumber';
import { digitsOf, searchWordsOf, swedishSortKey } from '@renderer/domain/swedishText';
import {
  SEED_BATCH_SIZE,
  SEED_TABLES,
  type SeedBatch,
  type SeedOptions,
  type SeedRows,
  type SeedTable,
  datasetTotals,
  generateDataset,
} from '@renderer/exampleData/generator/generateDataset';

const TODAY = new Date('2025-03-14T10:30:00.000Z');
const TODAY_ISO = TODAY.toISOString();
const TODAY_DATE = format(TODAY, 'yyyy-MM-dd');

type Dataset = { batches: SeedBatch[]; rows: { [T in SeedTable]: SeedRows[T][] } };

function collect(options: SeedOptions): Dataset {
  const rows = Object.fromEntries(
    SEED_TABLES.map((table) => [table, []]),
  ) as unknown as Dataset['rows'];
  const batches: SeedBatch[] = [];
  for (const batch of generateDataset(options)) {
    batches.push(batch);
    (rows[batch.table] as unknown[]).push(...batch.rows);
  }
  return { batches, rows };
}

const exempel = collect({ size: 'exempel', seed: 42, today: TODAY });
const { rows } = exempel;

describe('generateDataset (exempel)', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const again = collect({ size: 'exempel', seed: 42, today: TODAY });
    expect(JSON.stringify(again.batches)).toBe(JSON.stringify(exempel.batches));
    const other = collect({ size: 'exempel', seed: 43, today: TODAY });
    expect(JSON.stringify(other.batches)).not.toBe(JSON.stringify(exempel.batches));
  });

  it('yields exactly datasetTotals rows, tables in order, in batches of at most 2000', () => {
    const totals = datasetTotals('exempel');
    for (const table of SEED_TABLES) expect(rows[table]).toHaveLength(totals[table]);
    expect(totals).toEqual({
      navigators: 3,
      units: 6,
      organisations: 60,
      contactPersons: 110,
      inquiries: 80,
      calls: 400,
      followUps: 60,
    });
    const order = exempel.batches.map((batch) => SEED_TABLES.indexOf(batch.table));
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    for (const batch of exempel.batches) {
      expect(batch.rows.length).toBeGreaterThan(0);
      expect(batch.rows.length).toBeLessThanOrEqual(SEED_BATCH_SIZE);
    }
  });

  it('uses given navigator ids instead of generating navigators', () => {
    const navigatorIds = ['nav-a', 'nav-b'];
    const data = collect({ size: 'exempel', seed: 42, today: TODAY, navigatorIds });
    expect(datasetTotals('exempel', { navigatorIds }).navigators).toBe(0);
    expect(data.rows.navigators).toHaveLength(0);
    expect(data.rows.calls).toHaveLength(400);
    const used = new Set([
      ...data.rows.calls.map((call) => call.navigatorId),
      ...data.rows.inquiries.map((inquiry) => inquiry.responsibleNavigatorId),
    ]);
    used.delete(null);
    expect([...used].sort()).toEqual(navigatorIds);
  });

  it('has valid, unique organisation numbers that match the legal form', () => {
    const numbers = rows.organisations.flatMap((org) => (org.orgNumber ? [org.orgNumber] : []));
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const org of rows.organisations) {
      if (org.legalForm === 'ej_registrerad') {
        expect(org.orgNumber).toBeNull();
        continue;
      }
      const parsed = parseOrgNumber(org.orgNumber ?? '');
      expect(parsed).toMatchObject({ ok: true, value: org.orgNumber });
      expect(Number(org.orgNumber?.slice(2, 4))).toBeGreaterThanOrEqual(20);
      expect(groupMatchesLegalForm(org.orgNumber ?? '', org.legalForm)).toBe(true);
      if (EXPECTED_GROUP_DIGITS[org.legalForm].length === 0)
        expect('789').toContain(org.orgNumber?.[0]);
    }
    const missing = rows.organisations.filter((org) => org.orgNumber === null).length;
    expect(missing).toBeGreaterThan(0);
    expect(missing).toBeLessThan(rows.organisations.length * 0.2);
  });

  it('has unique ids and organisation names, and consistent search fields', () => {
    const ids = SEED_TABLES.flatMap((table) => rows[table].map((row) => row.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(rows.organisations.map((org) => org.name)).size).toBe(rows.organisations.length);
    for (const org of rows.organisations) {
      expect(org.nameKey).toBe(swedishSortKey(org.name));
      expect(org.searchWords).toEqual(searchWordsOf(org.name));
      expect(org.phoneDigits).toBe(digitsOf(org.phone));
      expect(org.phone).toMatch(/^0\d{1,3}-\d{2,3}( \d{2}){1,3}$/);
      expect(org.email).toMatch(/^[a-z0-9.]+@[a-z0-9.-]+\.[a-z]+$/);
      expect(org.address.postalCode).toMatch(/^\d{3} \d{2}$/);
    }
    for (const person of rows.contactPersons) {
      expect(person.nameKey).toBe(swedishSortKey(person.name));
      expect(person.phoneDigits).toBe(digitsOf(person.phone));
      expect(person.email).toMatch(/^[a-z0-9.]+@[a-z0-9.-]+\.[a-z]+$/);
    }
  });

  it('keeps references intact', () => {
    const orgIds = new Set(rows.organisations.map((org) => org.id));
    const persons = new Map(rows.contactPersons.map((person) => [person.id, person]));
    const inquiries = new Map(rows.inquiries.map((inquiry) => [inquiry.id, inquiry]));
    const calls = new Map(rows.calls.map((call) => [call.id, call]));
    const navigators = new Set(rows.navigators.map((navigator) => navigator.id));
    const units = new Set(rows.units.map((unit) => unit.id));
    const navigatorOk = (id: string | null) => id === null || navigators.has(id);
    for (const person of rows.contactPersons) expect(orgIds.has(person.organisationId)).toBe(true);
    for (const inquiry of rows.inquiries) {
      expect(orgIds.has(inquiry.organisationId)).toBe(true);
      if (inquiry.contactPersonId)
        expect(persons.get(inquiry.contactPersonId)?.organisationId).toBe(inquiry.organisationId);
      if (inquiry.unitId) expect(units.has(inquiry.unitId)).toBe(true);
      if (inquiry.handoff?.unitId) expect(units.has(inquiry.handoff.unitId)).toBe(true);
      expect(navigatorOk(inquiry.responsibleNavigatorId)).toBe(true);
    }
    for (const call of rows.calls) {
      expect(orgIds.has(call.organisationId)).toBe(true);
      if (call.contactPersonId)
        expect(persons.get(call.contactPersonId)?.organisationId).toBe(call.organisationId);
      if (call.inquiryId)
        expect(inquiries.get(call.inquiryId)?.organisationId).toBe(call.organisationId);
      expect(navigatorOk(call.navigatorId)).toBe(true);
    }
    for (const followUp of rows.followUps) {
      expect(orgIds.has(followUp.organisationId)).toBe(true);
      if (followUp.inquiryId)
        expect(inquiries.get(followUp.inquiryId)?.organisationId).toBe(followUp.organisationId);
      if (followUp.callId) {
        const call = calls.get(followUp.callId);
        expect(call?.organisationId).toBe(followUp.organisationId);
        expect(call?.inquiryId).toBe(followUp.inquiryId);
      }
      expect(navigatorOk(followUp.navigatorId)).toBe(true);
    }
    for (const org of rows.organisations)
      if (org.createdBy) expect(navigators.has(org.createdBy)).toBe(true);
  });

  it('gives every organisation 1–3 contacts with exactly one primary', () => {
    const byOrg = new Map<string, SeedRows['contactPersons'][]>();
    for (const person of rows.contactPersons)
      byOrg.set(person.organisationId, [...(byOrg.get(person.organisationId) ?? []), person]);
    expect(byOrg.size).toBe(rows.organisations.length);
    for (const contacts of byOrg.values()) {
      expect(contacts.length).toBeGreaterThanOrEqual(1);
      expect(contacts.length).toBeLessThanOrEqual(3);
      expect(contacts.filter((person) => person.isPrimary)).toHaveLength(1);
    }
  });

  it('sets lastContactedAt to the latest call of each organisation', () => {
    const latest = new Map<string, string>();
    for (const call of rows.calls) {
      const seen = latest.get(call.organisationId);
      if (!seen || call.occurredAt > seen) latest.set(call.organisationId, call.occurredAt);
    }
    for (const org of rows.organisations)
      expect(org.lastContactedAt).toBe(latest.get(org.id) ?? null);
  });

  it('puts no moment after today and never updatedAt before createdAt', () => {
    const timestamps: (string | null)[] = [];
    const dates: (string | null)[] = [];
    for (const table of SEED_TABLES) {
      for (const row of rows[table]) {
        expect(row.createdAt <= row.updatedAt).toBe(true);
        timestamps.push(row.createdAt, row.updatedAt);
      }
    }
    for (const org of rows.organisations) timestamps.push(org.lastContactedAt);
    for (const call of rows.calls) timestamps.push(call.occurredAt);
    for (const inquiry of rows.inquiries) {
      timestamps.push(inquiry.receivedAt, inquiry.closedAt);
      expect(inquiry.receivedAt <= inquiry.updatedAt).toBe(true);
      dates.push(
        inquiry.handoff?.decidedAt ?? null,
        inquiry.outcome?.decidedAt ?? null,
        inquiry.outcome?.signedAt ?? null,
      );
    }
    for (const followUp of rows.followUps) {
      timestamps.push(followUp.doneAt);
      if (followUp.status === 'done') dates.push(followUp.dueDate);
    }
    for (const ts of timestamps) if (ts !== null) expect(ts <= TODAY_ISO, ts).toBe(true);
    for (const date of dates) if (date !== null) expect(date <= TODAY_DATE, date).toBe(true);
    const oldest = rows.calls.reduce(
      (min, call) => (call.occurredAt < min ? call.occurredAt : min),
      TODAY_ISO,
    );
    expect(oldest < '2017-03-14').toBe(true);
  });

  it('keeps mirrors and stage data consistent', () => {
    const areaIds = new Set(DEFAULT_PRIORITY_AREAS.map((area) => area.id));
    const stageIndex = (stage: string) => (INQUIRY_STAGES as readonly string[]).indexOf(stage);
    expect(new Set(rows.inquiries.map((inquiry) => inquiry.stage))).toEqual(
      new Set(INQUIRY_STAGES),
    );
    for (const inquiry of rows.inquiries) {
      const stage = stageIndex(inquiry.stage);
      expect(inquiry.priorityAreaIds).toEqual(inquiry.matches.map((match) => match.priorityAreaId));
      expect(inquiry.handoffPath).toBe(inquiry.handoff?.path ?? '');
      for (const id of inquiry.priorityAreaIds) expect(areaIds.has(id)).toBe(true);
      expect(inquiry.matches.length > 0).toBe(stage >= 1);
      expect(inquiry.handoff !== null).toBe(stage >= 2);
      expect(inquiry.closedAt !== null).toBe(inquiry.stage === 'avslutat');
      if (stage < 3) expect(inquiry.outcome).toBeNull();
      const handoff = inquiry.handoff;
      if (!handoff) continue;
      expect(handoff.thresholdsAtDecision).toEqual(DEFAULT_THRESHOLDS);
      expect(handoff.decidedAt >= format(new Date(inquiry.receivedAt), 'yyyy-MM-dd')).toBe(true);
      if (handoff.path === 'iop')
        expect(new Set(handoff.iopChecklist.map((item) => item.criterion)).size).toBe(8);
      else expect(handoff.iopChecklist).toHaveLength(0);
      if (handoff.path === 'direktupphandling') {
        expect(inquiry.estimatedYearlyValue).not.toBeNull();
        expect(inquiry.estimatedYearlyValue ?? Infinity).toBeLessThanOrEqual(
          DEFAULT_THRESHOLDS.legalDirectProcurementLimit,
        );
      }
      if (inquiry.outcome?.kind === 'avtal_tecknat') {
        expect(inquiry.outcome.agreementValue).not.toBeNull();
        expect((inquiry.outcome.agreementStart ?? '') <= (inquiry.outcome.agreementEnd ?? '')).toBe(
          true,
        );
      }
    }
    const values = rows.inquiries.map((inquiry) => inquiry.estimatedYearlyValue);
    expect(values.filter((value) => value === 100_000).length).toBeGreaterThanOrEqual(2);
    expect(values.filter((value) => value === 700_000).length).toBeGreaterThanOrEqual(2);
    expect(values.some((value) => value !== null && value > 700_000)).toBe(true);
    expect(values.every((value) => value === null || (value >= 0 && value <= 1_500_000))).toBe(
      true,
    );
  });

  it('has realistic calls and follow-ups', () => {
    const outcomes = new Set(DEFAULT_CALL_OUTCOMES.map((outcome) => outcome.id));
    const official =
      rows.calls.filter((call) => call.noteKind === 'tjansteanteckning').length / rows.calls.length;
    expect(official).toBeGreaterThan(0.7);
    expect(official).toBeLessThan(0.9);
    const orgsWithInquiries = new Set(rows.inquiries.map((inquiry) => inquiry.organisationId));
    const eligible = rows.calls.filter((call) => orgsWithInquiries.has(call.organisationId));
    const linked = eligible.filter((call) => call.inquiryId !== null).length / eligible.length;
    expect(linked).toBeGreaterThan(0.55);
    expect(linked).toBeLessThan(0.85);
    for (const call of rows.calls) {
      expect(outcomes.has(call.outcome)).toBe(true);
      expect(call.durationMinutes).toBeGreaterThanOrEqual(1);
      expect(call.durationMinutes).toBeLessThanOrEqual(45);
    }
    const open = rows.followUps.filter((followUp) => followUp.status === 'open');
    expect(open.some((followUp) => followUp.dueDate < TODAY_DATE)).toBe(true);
    expect(open.filter((followUp) => followUp.dueDate >= TODAY_DATE).length).toBeGreaterThan(
      open.length / 2,
    );
    for (const followUp of rows.followUps) {
      expect(followUp.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(followUp.doneAt !== null).toBe(followUp.status === 'done');
    }
  });
});
