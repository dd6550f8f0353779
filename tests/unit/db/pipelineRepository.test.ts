import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@renderer/db/db';
import { createOrganisation } from '@renderer/features/organisations/data/organisationRepository';
import {
  decideHandoff,
  moveInquiryStage,
  setMatches,
  setOutcome,
  updateInquiryDetails,
} from '@renderer/features/inquiries/data/pipelineRepository';
import { setSetting } from '@renderer/db/settingsRepository';
import { DEFAULT_THRESHOLDS } from '@renderer/domain/defaults';
import type { InquiryEntity } from '@renderer/domain/entities';
import { emptyIopChecklist } from '@renderer/features/inquiries/model/iopRules';
import { resetClock, setClock } from '@renderer/lib/dates';
import { organisationInput } from '../../fixtures/builders';
import { addInquiry } from '../../fixtures/inquiryBuilder';
import { resetDatabase } from '../../fixtures/resetDatabase';

let organisationId = '';
beforeEach(async () => {
  setClock(() => new Date('2026-11-22T13:00:00.000Z'));
  await resetDatabase();
  organisationId = (await createOrganisation(organisationInput(), null)).id;
});
afterEach(resetClock);

const decision = (path: string, patch: Record<string, unknown> = {}) => ({
  path,
  decidedAt: '2026-11-22',
  decidedBy: 'Anna Öberg',
  rationale: 'Passar äldreomsorgen.',
  unitId: null,
  unitContact: '',
  reservedProcurement: false,
  iopChecklist: [],
  riskComment: '',
  closeReason: '',
  ...patch,
});

const matched = (patch: Partial<InquiryEntity> = {}) =>
  addInquiry(organisationId, {
    stage: 'overlamning',
    matches: [{ priorityAreaId: 'pa-halsa', rationale: 'Äldre', fromSuggestion: true }],
    priorityAreaIds: ['pa-halsa'],
    ...patch,
  });

const eventsOf = async (inquiryId: string) =>
  db.events.where('[inquiryId+at]').between([inquiryId, ''], [inquiryId, '\uffff']).toArray();

describe('stage moves', () => {
  it('records a stage change with from → to, and refuses what the rules refuse', async () => {
    const inquiry = await addInquiry(organisationId);
    await moveInquiryStage(inquiry.id, 'matchning', 'nav-1');
    await expect(moveInquiryStage(inquiry.id, 'overlamning', 'nav-1')).rejects.toMatchObject({
      code: 'stage.needsMatch',
    });
    const [event] = await eventsOf(inquiry.id);
    expect(event).toMatchObject({
      kind: 'stageChanged',
      navigatorId: 'nav-1',
      changes: [{ field: 'stage', from: 'inkommet', to: 'matchning' }],
    });
    await moveInquiryStage(inquiry.id, 'avslutat', 'nav-1', 'Organisationen drog tillbaka');
    expect(await db.inquiries.get(inquiry.id)).toMatchObject({
      stage: 'avslutat',
      closedAt: '2026-11-22T13:00:00.000Z',
    });
  });
});

describe('matching and details', () => {
  it('stores matches with their mirror index and moves a new inquiry to matching', async () => {
    const inquiry = await addInquiry(organisationId);
    await setMatches(
      inquiry.id,
      {
        matches: [{ priorityAreaId: 'pa-barn', rationale: 'Förskolebarn', fromSuggestion: true }],
        unitId: null,
      },
      null,
    );
    expect(await db.inquiries.get(inquiry.id)).toMatchObject({
      stage: 'matchning',
      priorityAreaIds: ['pa-barn'],
    });
    expect(await db.inquiries.where('priorityAreaIds').equals('pa-barn').count()).toBe(1);
  });

  it('updates details, refreshes the search words and refuses a personnummer', async () => {
    const inquiry = await addInquiry(organisationId);
    const details = {
      title: 'Cykelbud för äldre',
      offer: 'Leverans',
      targetGroup: 'Äldre i hemtjänst',
      initiative: 'organisation',
      channel: 'telefon',
      estimatedYearlyValue: 150_000,
      diarienummer: 'KS 2026/00042',
      responsibleNavigatorId: null,
      contactPersonId: null,
    };
    await updateInquiryDetails(inquiry.id, details, null);
    expect(await db.inquiries.where('searchWords').startsWith('cykelb').primaryKeys()).toEqual([
      inquiry.id,
    ]);
    await expect(
      updateInquiryDetails(inquiry.id, { ...details, offer: 'Kontakt 811218-9876' }, null),
    ).rejects.toMatchObject({
      params: { code: 'personnummerInText' },
    });
  });
});

describe('handoff decisions', () => {
  it.each([
    [null, 'handoff.valueMissing'],
    [700_000, 'handoff.aboveLegalLimit'],
    [1_200_000, 'handoff.aboveLegalLimit'],
  ])('refuses direct procurement at %s kr (%s)', async (value, code) => {
    const inquiry = await matched({ estimatedYearlyValue: value });
    await expect(
      decideHandoff(inquiry.id, decision('direktupphandling'), null),
    ).rejects.toMatchObject({ code });
    expect((await db.inquiries.get(inquiry.id))?.handoff).toBeNull();
  });

  it('snapshots the limits in force: changing the settings later never rewrites the decision', async () => {
    const inquiry = await matched({ estimatedYearlyValue: 699_999 });
    await decideHandoff(inquiry.id, decision('direktupphandling'), 'nav-1');
    await setSetting(
      'thresholds',
      { ...DEFAULT_THRESHOLDS, legalDirectProcurementLimit: 800_000 },
      'nav-1',
    );
    const stored = await db.inquiries.get(inquiry.id);
    expect(stored).toMatchObject({ stage: 'overlamning', handoffPath: 'direktupphandling' });
    expect(stored?.handoff?.thresholdsAtDecision).toEqual(DEFAULT_THRESHOLDS);
    expect((await eventsOf(inquiry.id)).map((event) => event.kind)).toContain('decision');
  });

  it('asks for a comment when the IOP checklist shows the risk of an unlawful direct procurement', async () => {
    const inquiry = await matched();
    const checklist = emptyIopChecklist()
      .map((item) =>
        item.criterion === 'initiativFranOrganisationen'
          ? { ...item, answer: 'nej' as const }
          : { ...item, answer: 'ja' as const },
      )
      .map((item) =>
        item.criterion === 'marknadFinns' ? { ...item, answer: 'nej' as const } : item,
      );
    await expect(
      decideHandoff(inquiry.id, decision('iop', { iopChecklist: checklist }), null),
    ).rejects.toMatchObject({
      code: 'handoff.iopRiskNeedsComment',
    });
    await decideHandoff(
      inquiry.id,
      decision('iop', {
        iopChecklist: checklist,
        riskComment: 'Kommunen bad om idén men organisationen driver den.',
      }),
      null,
    );
    expect((await db.inquiries.get(inquiry.id))?.handoffPath).toBe('iop');
  });

  it('closes without handoff only with a reason', async () => {
    const inquiry = await addInquiry(organisationId);
    await expect(decideHandoff(inquiry.id, decision('avslutat'), null)).rejects.toMatchObject({
      params: { code: 'closeReasonRequired' },
    });
    await decideHandoff(
      inquiry.id,
      decision('avslutat', { closeReason: 'Ingen verksamhet kunde ta emot' }),
      null,
    );
    expect(await db.inquiries.get(inquiry.id)).toMatchObject({
      stage: 'avslutat',
      handoffPath: 'avslutat',
    });
  });
});

describe('outcomes', () => {
  const signed = (patch: Record<string, unknown> = {}) => ({
    kind: 'avtal_tecknat',
    decidedAt: '2026-11-22',
    agreementValue: 150_000,
    agreementStart: '2027-01-01',
    agreementEnd: '2027-12-31',
    signedAt: '2026-11-20',
    note: '',
    followUpDates: ['2027-06-01'],
    ...patch,
  });

  it('turns agreement follow-up dates and the 30-day documentation duty into follow-ups', async () => {
    const inquiry = await matched({ estimatedYearlyValue: 150_000 });
    await decideHandoff(inquiry.id, decision('direktupphandling'), null);
    await setOutcome(inquiry.id, signed(), null);
    const followUps = (await db.followUps.where('inquiryId').equals(inquiry.id).toArray()).map(
      (f) => [f.dueDate, f.nextStep],
    );
    expect(followUps).toEqual(
      expect.arrayContaining([
        ['2027-06-01', 'Gemensam uppföljning av avtalet'],
        ['2026-12-20', 'Dokumentera direktupphandlingen (LOU 19 a kap. 11 §)'],
      ]),
    );
  });

  it('needs no documentation follow-up at exactly the documentation limit', async () => {
    const inquiry = await matched({ estimatedYearlyValue: 100_000 });
    await decideHandoff(inquiry.id, decision('direktupphandling'), null);
    await setOutcome(inquiry.id, signed({ agreementValue: 100_000, followUpDates: [] }), null);
    expect(await db.followUps.where('inquiryId').equals(inquiry.id).count()).toBe(0);
  });

  it("deciding hands over (Överlämning); the unit's answer moves it to Uppföljning, each with its event", async () => {
    const inquiry = await matched({ stage: 'matchning' });
    await decideHandoff(inquiry.id, decision('foreningsbidrag'), 'nav-1');
    expect((await db.inquiries.get(inquiry.id))?.stage).toBe('overlamning');
    // The unit answers a day later: the events are told apart by time.
    setClock(() => new Date('2026-11-23T09:00:00.000Z'));
    await setOutcome(
      inquiry.id,
      { ...signed(), kind: 'mottaget', agreementValue: null, signedAt: null, followUpDates: [] },
      'nav-1',
    );
    expect((await db.inquiries.get(inquiry.id))?.stage).toBe('uppfoljning');
    const stageChanges = (await eventsOf(inquiry.id)).flatMap((event) =>
      event.changes
        .filter((change) => change.field === 'stage')
        .map((change) => [event.kind, change.from, change.to]),
    );
    expect(stageChanges).toEqual([
      ['decision', 'matchning', 'overlamning'],
      ['decision', 'overlamning', 'uppfoljning'],
    ]);
  });

  it('a signed agreement moves a handed-over inquiry to Uppföljning', async () => {
    const inquiry = await matched({ estimatedYearlyValue: 150_000 });
    await decideHandoff(inquiry.id, decision('direktupphandling'), null);
    expect((await db.inquiries.get(inquiry.id))?.stage).toBe('overlamning');
    await setOutcome(inquiry.id, signed(), null);
    expect((await db.inquiries.get(inquiry.id))?.stage).toBe('uppfoljning');
  });

  it('refuses an outcome before a decision, and a period that ends before it starts', async () => {
    const inquiry = await matched();
    await expect(setOutcome(inquiry.id, signed(), null)).rejects.toMatchObject({
      code: 'stage.needsHandoff',
    });
    await decideHandoff(inquiry.id, decision('foreningsbidrag'), null);
    await expect(
      setOutcome(inquiry.id, signed({ agreementEnd: '2026-01-01' }), null),
    ).rejects.toMatchObject({ params: { code: 'periodInvalid' } });
  });
});
