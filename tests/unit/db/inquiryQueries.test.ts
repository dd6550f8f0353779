import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@renderer/db/db';
import {
  DEFAULT_INQUIRY_QUERY,
  queryBoardCounts,
  queryInquiryBoard,
  queryInquiryIds,
  type InquiryListQuery,
} from '@renderer/features/inquiries/data/inquiryQueries';
import { countInquiries, inquiryPage } from '@renderer/features/inquiries/data/inquiryPages';
import { planInquiryQuery } from '@renderer/features/inquiries/data/inquiryMatches';
import { createOrganisation } from '@renderer/features/organisations/data/organisationRepository';
import { organisationInput } from '../../fixtures/builders';
import { addInquiry } from '../../fixtures/inquiryBuilder';
import { resetDatabase } from '../../fixtures/resetDatabase';
import { emptyIopChecklist } from '@renderer/features/inquiries/model/iopRules';

const TODAY = '2026-11-22';
let ids: Record<string, string> = {};

beforeEach(async () => {
  await resetDatabase();
  const cyklar = await createOrganisation(
    organisationInput({ name: 'Cykelkooperativet Hisingen' }),
    null,
  );
  const jour = await createOrganisation(organisationInput({ name: 'Kvinnojouren Gryning' }), null);
  const a = await addInquiry(cyklar.id, {
    title: 'Matleveranser till äldre',
    stage: 'matchning',
    priorityAreaIds: ['pa-halsa'],
    updatedAt: '2026-11-20T10:00:00.000Z',
  });
  const b = await addInquiry(jour.id, {
    title: 'Stödsamtal',
    stage: 'uppfoljning',
    handoffPath: 'iop',
    responsibleNavigatorId: 'nav-1',
    updatedAt: '2026-11-21T10:00:00.000Z',
  });
  const c = await addInquiry(jour.id, {
    title: 'Läxhjälp',
    stage: 'inkommet',
    diarienummer: 'KS 2026/00077',
    updatedAt: '2026-11-19T10:00:00.000Z',
    receivedAt: '2025-03-01T10:00:00.000Z',
  });
  ids = { a: a.id, b: b.id, c: c.id };
  await db.followUps.add({
    id: 'f1',
    organisationId: jour.id,
    inquiryId: c.id,
    callId: null,
    navigatorId: null,
    dueDate: '2026-11-01',
    nextStep: 'Ring',
    status: 'open',
    doneAt: null,
    createdAt: '',
    updatedAt: '',
  });
});

const run = (patch: Partial<InquiryListQuery>) =>
  queryInquiryIds({ ...DEFAULT_INQUIRY_QUERY, ...patch }, TODAY);

describe('queryInquiryIds', () => {
  it('orders by last change, newest first', async () => {
    expect(await run({})).toEqual([ids.b, ids.a, ids.c]);
  });

  it('filters by stage, area, navigator, path, period and overdue follow-ups', async () => {
    expect(await run({ stage: 'matchning' })).toEqual([ids.a]);
    expect(await run({ priorityAreaId: 'pa-halsa' })).toEqual([ids.a]);
    expect(await run({ navigatorId: 'nav-1', handoffPath: 'iop' })).toEqual([ids.b]);
    expect(await run({ fromIso: '2026-01-01T00:00:00.000Z' })).toEqual([ids.b, ids.a]);
    expect(await run({ hasOverdueFollowUp: true })).toEqual([ids.c]);
  });

  it('filters IOPs with a risk ("IOP med risk"), by the in-memory and the scan path alike', async () => {
    const org = await createOrganisation(organisationInput({ name: 'Parkens förening' }), null);
    const iop = (title: string, marknadFinns: 'ja' | 'nej', path: 'iop' | 'foreningsbidrag') =>
      addInquiry(org.id, {
        title,
        stage: 'overlamning',
        handoffPath: path,
        handoff: {
          path,
          decidedAt: '2026-11-01',
          decidedBy: 'Anna',
          rationale: '',
          unitId: null,
          unitContact: '',
          thresholdsAtDecision: {
            internalDirectProcurementLimit: 100_000,
            legalDirectProcurementLimit: 700_000,
            documentationDutyLimit: 100_000,
          },
          reservedProcurement: false,
          iopChecklist: emptyIopChecklist().map((item) => ({
            ...item,
            answer: item.criterion === 'marknadFinns' ? marknadFinns : 'ja',
          })),
          riskComment: marknadFinns === 'ja' ? 'Ingen annan erbjuder det här.' : '',
          closeReason: '',
        },
        updatedAt: '2026-11-10T10:00:00.000Z',
      });
    const risky = await iop('Park med risk', 'ja', 'iop');
    await iop('Park utan risk', 'nej', 'iop');
    await iop('Park som bidrag', 'ja', 'foreningsbidrag');
    expect(await run({ iopRisk: true })).toEqual([risky.id]);
    expect(await run({ iopRisk: true, text: 'park' })).toEqual([risky.id]);
    const plan = await planInquiryQuery(
      { ...DEFAULT_INQUIRY_QUERY, iopRisk: true },
      TODAY,
      false,
      0,
    );
    expect(plan).toEqual({ kind: 'scan', matches: new Set([risky.id]) });
  });

  it('finds by title, diarienummer or organisation name, å/ä-folded as a fallback', async () => {
    expect(await run({ text: 'matlev' })).toEqual([ids.a]);
    expect(await run({ text: 'kvinnojouren' })).toEqual([ids.b, ids.c]);
    expect(await run({ text: 'laxhjalp' })).toEqual([ids.c]);
    expect(await run({ text: '2026 00077' })).toEqual([ids.c]);
  });
});

describe('queryInquiryBoard', () => {
  it('splits the filtered ids into the five columns', async () => {
    const board = await queryInquiryBoard(
      { ...DEFAULT_INQUIRY_QUERY, text: 'kvinnojouren' },
      TODAY,
    );
    expect(board).toEqual({
      inkommet: { ids: [ids.c], total: 1 },
      matchning: { ids: [], total: 0 },
      overlamning: { ids: [], total: 0 },
      uppfoljning: { ids: [ids.b], total: 1 },
      avslutat: { ids: [], total: 0 },
    });
  });
});

describe('the fast paths give the same answers as the index path', () => {
  it('narrow text searches and the unfiltered board keep the index order, ties included', async () => {
    const org = await createOrganisation(organisationInput({ name: 'Ekens förening' }), null);
    const stages = ['inkommet', 'matchning', 'uppfoljning'] as const;
    for (let i = 0; i < 12; i++) {
      await addInquiry(org.id, {
        title: `Ek ${i}`,
        stage: stages[i % 3],
        // Several share a timestamp, so the order of ties matters.
        updatedAt: `2026-11-0${(i % 4) + 1}T10:00:00.000Z`,
        receivedAt: `2026-10-0${(i % 5) + 1}T10:00:00.000Z`,
      });
    }
    for (const sort of ['updated', 'received'] as const) {
      const everything = await run({ sort });
      const ekIds = new Set(
        (await db.inquiries.where('searchWords').equals('ek').primaryKeys()) as string[],
      );
      expect(await run({ sort, text: 'ek' })).toEqual(everything.filter((id) => ekIds.has(id)));
    }
    const board = await queryInquiryBoard(DEFAULT_INQUIRY_QUERY, TODAY);
    const everything = await run({});
    for (const stage of stages) {
      const inStage = new Set(
        (await db.inquiries.where('stage').equals(stage).primaryKeys()) as string[],
      );
      const expected = everything.filter((id) => inStage.has(id));
      // Unfiltered, a column is not counted on the way (queryBoardCounts does that).
      expect(board[stage]).toEqual({ ids: expected, total: null });
      const limited = await queryInquiryBoard(DEFAULT_INQUIRY_QUERY, TODAY, 2);
      expect(limited[stage]).toEqual({ ids: expected.slice(0, 2), total: null });
      expect((await queryBoardCounts(DEFAULT_INQUIRY_QUERY, TODAY))[stage]).toBe(expected.length);
    }
  });
});

describe('the unfiltered list, page by page', () => {
  it('gives the same rows, in the same order, as the index path, with and without closed ones', async () => {
    const org = await createOrganisation(organisationInput({ name: 'Björkens förening' }), null);
    const stages = ['inkommet', 'avslutat', 'uppfoljning', 'avslutat'] as const;
    for (let i = 0; i < 14; i++) {
      await addInquiry(org.id, {
        title: `Björk ${i}`,
        stage: stages[i % 4],
        updatedAt: `2026-10-${String((i % 6) + 10)}T10:00:00.000Z`,
        receivedAt: `2026-09-${String((i % 5) + 10)}T10:00:00.000Z`,
      });
    }
    const closed = new Set(
      (await db.inquiries.where('stage').equals('avslutat').primaryKeys()) as string[],
    );
    for (const sort of ['updated', 'received'] as const) {
      const everything = await run({ sort });
      const open = everything.filter((id) => !closed.has(id));
      const page = async (openOnly: boolean, offset: number, limit: number) =>
        (await inquiryPage(sort, openOnly, offset, limit)).map((row) => row.id);
      expect(await page(false, 0, 100)).toEqual(everything);
      expect(await page(false, 5, 4)).toEqual(everything.slice(5, 9));
      expect(await page(true, 0, 100)).toEqual(open);
      expect(await page(true, 3, 5)).toEqual(open.slice(3, 8));
      expect(await countInquiries(false)).toBe(everything.length);
      expect(await countInquiries(true)).toBe(open.length);
    }
    const [first] = await inquiryPage('updated', false, 0, 1);
    expect(first?.organisationName).toBeTruthy();
  });
});

describe('broad filters are paged from the sort index', () => {
  it('the scan plan lists the same rows in the same order as reading every key', async () => {
    const org = await createOrganisation(organisationInput({ name: 'Lindens förening' }), null);
    const stages = ['inkommet', 'matchning', 'avslutat', 'uppfoljning'] as const;
    for (let i = 0; i < 16; i++) {
      await addInquiry(org.id, {
        title: `Lind ${i}`,
        stage: stages[i % 4],
        responsibleNavigatorId: i % 3 === 0 ? 'nav-2' : 'nav-3',
        updatedAt: `2026-10-${String((i % 7) + 10)}T10:00:00.000Z`,
        receivedAt: `2026-09-${String((i % 5) + 10)}T10:00:00.000Z`,
      });
    }
    const cases: [Partial<InquiryListQuery>, boolean][] = [
      [{ text: 'lind' }, false],
      [{ text: 'lind' }, true],
      [{ navigatorId: 'nav-3' }, false],
      [{ navigatorId: 'nav-3', sort: 'received' }, true],
      [{ text: 'lind', stage: 'avslutat' }, true],
    ];
    for (const [patch, openOnly] of cases) {
      const query = { ...DEFAULT_INQUIRY_QUERY, ...patch };
      const expected = await queryInquiryIds(query, TODAY, openOnly); // small: sorted in memory
      const plan = await planInquiryQuery(query, TODAY, openOnly, 2);
      if (expected.length <= 2) continue;
      expect(plan.kind).toBe('scan');
      const matches = plan.kind === 'scan' ? plan.matches : null;
      expect(matches?.size).toBe(expected.length);
      const page = async (offset: number, limit: number) =>
        (await inquiryPage(query.sort, openOnly, offset, limit, matches)).map((row) => row.id);
      expect(await page(0, 100)).toEqual(expected);
      expect(await page(2, 3)).toEqual(expected.slice(2, 5));
    }
  });

  it('the board and its counts agree between the in-memory and the scan paths', async () => {
    const org = await createOrganisation(organisationInput({ name: 'Askens förening' }), null);
    const stages = ['inkommet', 'matchning', 'uppfoljning'] as const;
    for (let i = 0; i < 9; i++) {
      await addInquiry(org.id, {
        title: `Ask ${i}`,
        stage: stages[i % 3],
        updatedAt: `2026-10-1${i}T10:00:00.000Z`,
      });
    }
    const query = { ...DEFAULT_INQUIRY_QUERY, text: 'ask' };
    const small = await queryInquiryBoard(query, TODAY);
    const counts = await queryBoardCounts(query, TODAY);
    for (const stage of stages) {
      expect(small[stage].total).toBe(3);
      expect(counts[stage]).toBe(3);
      expect(small[stage].ids).toHaveLength(3);
    }
  });
});
