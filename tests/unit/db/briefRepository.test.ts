import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@renderer/db/db';
import {
  loadAgendaBriefData,
  loadManagementBriefData,
  loadOrganisationBriefData,
  listBriefs,
  getBrief,
} from '@renderer/features/briefs/data/briefQueries';
import {
  deleteBrief,
  freezeBrief,
  saveBrief,
  unfreezeBrief,
} from '@renderer/features/briefs/data/briefRepository';
import { createOrganisation } from '@renderer/features/organisations/data/organisationRepository';
import type { BriefContent } from '@renderer/features/briefs/model/briefContent';
import type { BriefInput } from '@renderer/features/briefs/model/briefInput';
import { resetClock, setClock } from '@renderer/lib/dates';
import { newId } from '@renderer/lib/ids';
import { organisationInput } from '../../fixtures/builders';
import { addInquiry } from '../../fixtures/inquiryBuilder';
import { resetDatabase } from '../../fixtures/resetDatabase';
import { call, followUp, handoff } from '../domain/briefFixtures';

let organisationId = '';
beforeEach(async () => {
  setClock(() => new Date('2026-03-05T10:00:00.000Z'));
  await resetDatabase();
  organisationId = (
    await createOrganisation(organisationInput({ name: 'Föreningen Gemenskap' }), null)
  ).id;
});
afterEach(resetClock);

const input = (patch: Partial<BriefInput> = {}): BriefInput => ({
  kind: 'organisation',
  title: 'Inför mötet',
  meetingDate: '2026-03-10',
  place: '',
  participants: '',
  organisationId,
  inquiryIds: [],
  periodStart: null,
  periodEnd: null,
  sections: { calls: false },
  texts: { questions: 'Lokaler' },
  ...patch,
});

const CONTENT: BriefContent = {
  kind: 'organisation',
  title: 'Inför mötet',
  subtitle: [],
  headerName: 'Föreningen Gemenskap',
  headerDate: '10 mars 2026',
  sections: [],
};

describe('brief repository', () => {
  it('saves and updates a brief with an event each time', async () => {
    const created = await saveBrief(null, input(), 'nav-1');
    expect(created).toMatchObject({ title: 'Inför mötet', frozenAt: null, createdBy: 'nav-1' });
    const updated = await saveBrief(created.id, input({ title: 'Nytt namn' }), 'nav-1');
    expect(updated.title).toBe('Nytt namn');
    expect(await listBriefs()).toHaveLength(1);
    const events = await db.events.filter((event) => event.entityId === created.id).toArray();
    expect(events.map((event) => event.kind).sort()).toEqual(['created', 'updated']);
  });

  it('rejects bad input with a code and writes nothing', async () => {
    await expect(saveBrief(null, input({ organisationId: null }), null)).rejects.toMatchObject({
      code: 'brief.organisationRequired',
    });
    await expect(
      saveBrief(
        null,
        input({ kind: 'management', periodStart: '2026-03-01', periodEnd: '2026-01-01' }),
        null,
      ),
    ).rejects.toMatchObject({ code: 'brief.periodInvalid' });
    expect(await db.briefs.count()).toBe(0);
  });

  it('freezes the content, refuses changes while frozen, and unlocks with an event', async () => {
    const brief = await saveBrief(null, input(), null);
    const frozen = await freezeBrief(brief.id, CONTENT, 'nav-1');
    expect(frozen.frozenContent).toEqual(CONTENT);
    expect(frozen.frozenAt).toBe('2026-03-05T10:00:00.000Z');
    await expect(saveBrief(brief.id, input({ title: 'Ändrad' }), null)).rejects.toMatchObject({
      code: 'brief.frozen',
    });
    const unlocked = await unfreezeBrief(brief.id, 'nav-1');
    expect(unlocked).toMatchObject({ frozenAt: null, frozenContent: null });
    const decisions = await db.events
      .filter((event) => event.entityId === brief.id && event.kind === 'decision')
      .toArray();
    expect(decisions.map((event) => event.summary).sort()).toEqual([
      'Underlag fastställt: Inför mötet',
      'Underlag upplåst: Inför mötet',
    ]);
  });

  it('deletes a brief with an event that keeps what it was', async () => {
    const brief = await saveBrief(null, input(), null);
    await deleteBrief(brief.id, 'nav-1');
    expect(await getBrief(brief.id)).toBeNull();
    const [deleted] = await db.events
      .filter((event) => event.entityId === brief.id && event.kind === 'deleted')
      .toArray();
    expect(deleted).toMatchObject({
      entityType: 'brief',
      navigatorId: 'nav-1',
      summary: 'Underlag borttaget: Inför mötet',
    });
    expect(deleted?.changes).toContainEqual({ field: 'title', from: 'Inför mötet', to: null });
    await expect(deleteBrief(brief.id, null)).rejects.toMatchObject({ code: 'notFound' });
  });

  it('keeps a fastställd brief unless the deletion is confirmed for it', async () => {
    const brief = await saveBrief(null, input(), null);
    await freezeBrief(brief.id, CONTENT, 'nav-1');
    await expect(deleteBrief(brief.id, null)).rejects.toMatchObject({ code: 'brief.frozen' });
    expect(await getBrief(brief.id)).not.toBeNull();
    await deleteBrief(brief.id, null, { confirmFrozen: true });
    expect(await getBrief(brief.id)).toBeNull();
    const deleted = await db.events
      .filter((event) => event.entityId === brief.id && event.kind === 'deleted')
      .toArray();
    expect(deleted[0]?.changes).toContainEqual({
      field: 'frozenAt',
      from: '2026-03-05T10:00:00.000Z',
      to: null,
    });
  });
});

describe('brief queries', () => {
  it('gathers an organisation: newest calls first and only open follow-ups', async () => {
    await db.calls.bulkAdd([
      call({
        id: newId(),
        organisationId,
        occurredAt: '2026-01-01T10:00:00.000Z',
        summary: 'Äldst',
      }),
      call({
        id: newId(),
        organisationId,
        occurredAt: '2026-02-01T10:00:00.000Z',
        summary: 'Nyast',
      }),
    ]);
    await db.followUps.bulkAdd([
      followUp({ id: newId(), organisationId }),
      followUp({ id: newId(), organisationId, status: 'done' }),
    ]);
    const data = await loadOrganisationBriefData(organisationId);
    expect(data?.organisation.name).toBe('Föreningen Gemenskap');
    expect(data?.calls.map((c) => c.summary)).toEqual(['Nyast', 'Äldst']);
    expect(data?.openFollowUps).toHaveLength(1);
    expect(await loadOrganisationBriefData('saknas')).toBeNull();
  });

  it('gathers agenda inquiries in the chosen order and skips missing ones', async () => {
    const first = await addInquiry(organisationId, { title: 'Först' });
    const second = await addInquiry(organisationId, { title: 'Sedan' });
    const data = await loadAgendaBriefData([second.id, 'saknas', first.id]);
    expect(data.items.map((item) => item.inquiry.title)).toEqual(['Sedan', 'Först']);
    expect(data.items[0]?.organisation?.name).toBe('Föreningen Gemenskap');
  });

  it('gathers the period: received in it, decided in it, and overdue follow-ups', async () => {
    await addInquiry(organisationId, { title: 'Inne', receivedAt: '2026-02-10T10:00:00.000Z' });
    await addInquiry(organisationId, { title: 'Före', receivedAt: '2025-06-10T10:00:00.000Z' });
    await addInquiry(organisationId, {
      title: 'Beslutad',
      receivedAt: '2025-12-10T10:00:00.000Z',
      handoff: handoff('iop', '2026-01-20'),
      handoffPath: 'iop',
    });
    await db.followUps.bulkAdd([
      followUp({ id: newId(), organisationId, dueDate: '2026-03-01' }),
      followUp({ id: newId(), organisationId, dueDate: '2026-03-09' }),
    ]);
    const data = await loadManagementBriefData(
      {
        start: '2026-01-01',
        end: '2026-03-31',
        startAt: '2026-01-01T00:00:00.000Z',
        endAt: '2026-03-31T23:59:59.999Z',
      },
      '2026-03-05',
    );
    // 'Inne' is new in the period; 'Beslutad' came in before it and was handed on in it.
    expect(data.figures.newInquiries).toBe(1);
    expect(data.figures.handoffs).toBe(1);
    expect(data.figures.byPath.iop).toBe(1);
    expect(data.figures.medianDaysToHandoff).toBe(41);
    expect(data.figures.overdueFollowUps).toBe(1);
    expect(data.overdueListed.map((f) => f.dueDate)).toEqual(['2026-03-01']);
    expect(data.organisationNames[organisationId]).toBe('Föreningen Gemenskap');
  });

  it('finds earlier inquiries by a decision in the period, and skips those decided before it', async () => {
    const earlier = { receivedAt: '2025-03-10T10:00:00.000Z', handoffPath: 'iop' as const };
    await addInquiry(organisationId, {
      ...earlier,
      title: 'Beslut i perioden',
      handoff: handoff('iop', '2026-02-01'),
      updatedAt: '2026-02-01T12:00:00.000Z',
    });
    await addInquiry(organisationId, {
      ...earlier,
      title: 'Beslut före, ändrat sedan',
      handoff: handoff('iop', '2025-11-01'),
      updatedAt: '2026-02-03T12:00:00.000Z',
    });
    await addInquiry(organisationId, {
      ...earlier,
      title: 'Beslut före',
      handoff: handoff('iop', '2025-11-01'),
      updatedAt: '2025-11-01T12:00:00.000Z',
    });
    const data = await loadManagementBriefData(
      {
        start: '2026-01-01',
        end: '2026-03-31',
        startAt: '2026-01-01T00:00:00.000Z',
        endAt: '2026-03-31T23:59:59.999Z',
      },
      '2026-03-05',
    );
    expect(data.figures.handoffs).toBe(1);
    expect(data.figures.byPath.iop).toBe(1);
    expect(data.figures.newInquiries).toBe(0);
  });
});
