import { describe, expect, it } from 'vitest';
import type { InquiryEntity } from '@renderer/domain/entities';
import type { BriefPeriod, ManagementBriefData } from '@renderer/features/briefs/model/briefData';
import { buildManagementBrief } from '@renderer/features/briefs/model/managementBrief';
import {
  daysBetween,
  managementFigures,
  median,
  monthsOf,
  type ManagementSource,
} from '@renderer/features/briefs/model/managementFigures';
import { briefDocSv } from '@renderer/i18n/parts/briefsSv';
import { createBriefFormat } from '@renderer/features/briefs/briefFormat';
import { inquiryEntity } from '../../fixtures/inquiryBuilder';
import { area, followUp, handoff, options, signed } from './briefFixtures';

const at = (date: string) => `${date}T10:00:00.000Z`;
const inquiry = (id: string, received: string, patch: Partial<InquiryEntity> = {}) =>
  inquiryEntity('org-1', { id, title: `Ärende ${id}`, receivedAt: at(received), ...patch });

/**
 * Hand-checked fixture, period 2026-01-01 – 2026-03-31:
 * new = i2 i3 i4 i5 i6 (i1 and i7 were received outside the period);
 * decided in the period = i1 (direkt, 26 days) i2 (IOP, 20 days) i4 (closed) i5 (grant, 34 days);
 * signed in the period = i1 80 000 + i2 250 000 (i5 signed in April).
 */
const INQUIRIES: InquiryEntity[] = [
  inquiry('i1', '2025-12-15', {
    stage: 'uppfoljning',
    handoff: handoff('direktupphandling', '2026-01-10'),
    outcome: signed('2026-02-01', 80_000),
  }),
  inquiry('i2', '2026-01-05', {
    stage: 'uppfoljning',
    priorityAreaIds: ['a'],
    handoff: handoff('iop', '2026-01-25'),
    outcome: signed('2026-03-15', 250_000),
  }),
  inquiry('i3', '2026-01-20', { stage: 'matchning', priorityAreaIds: ['a', 'b'] }),
  inquiry('i4', '2026-02-10', { stage: 'avslutat', handoff: handoff('avslutat', '2026-02-12') }),
  inquiry('i5', '2026-02-14', {
    stage: 'uppfoljning',
    priorityAreaIds: ['b'],
    handoff: handoff('foreningsbidrag', '2026-03-20'),
    outcome: signed('2026-04-02', 10_000),
  }),
  inquiry('i6', '2026-03-03'),
  inquiry('i7', '2026-04-01', {
    stage: 'uppfoljning',
    handoff: handoff('hanvisning', '2026-04-03'),
  }),
];

const SOURCE: ManagementSource = {
  period: {
    start: '2026-01-01',
    end: '2026-03-31',
    startAt: '2026-01-01T00:00:00.000Z',
    endAt: '2026-03-31T23:59:59.999Z',
  },
  // i1 twice: gathered both as "decided in the period" and "signed in the period".
  inquiries: [...INQUIRIES, INQUIRIES[0] as InquiryEntity],
  priorityAreas: [area('b', 'Utbildning', 2), area('a', 'Barn', 1)],
  overdueFollowUps: 2,
};

const utcDate = (iso: string) => iso.slice(0, 10);

/** The document's data as the loader gives it: figures computed once for the period. */
function briefData(period: BriefPeriod = SOURCE.period): ManagementBriefData {
  return {
    period,
    figures: managementFigures({ ...SOURCE, period }, utcDate),
    overdueListed: [
      followUp({ dueDate: '2026-02-20', nextStep: 'Skicka avtalet' }),
      followUp({ dueDate: '2026-01-15', nextStep: 'Boka möte' }),
    ],
    organisationNames: { 'org-1': 'Föreningen Gemenskap' },
    priorityAreas: [...SOURCE.priorityAreas],
    units: [],
    navigators: [],
  };
}

const DATA = briefData();

describe('management summary figures', () => {
  const figures = DATA.figures;

  it('counts new inquiries in the period, by stage and by priority area', () => {
    expect(figures.newInquiries).toBe(5);
    expect(figures.byStage).toEqual({
      inkommet: 1,
      matchning: 1,
      overlamning: 0,
      uppfoljning: 2,
      avslutat: 1,
    });
    expect(figures.byArea).toEqual([
      { priorityAreaId: 'a', count: 2 },
      { priorityAreaId: 'b', count: 2 },
      { priorityAreaId: null, count: 2 },
    ]);
  });

  it('counts decisions by path, handoffs without closings, and the median days to handoff', () => {
    expect(figures.byPath).toEqual({
      direktupphandling: 1,
      iop: 1,
      foreningsbidrag: 1,
      hanvisning: 0,
      avslutat: 1,
    });
    expect(figures.handoffs).toBe(3);
    expect(figures.medianDaysToHandoff).toBe(26);
  });

  it('sums the agreements signed in the period', () => {
    expect(figures.agreements.map((agreement) => agreement.inquiryId)).toEqual(['i1', 'i2']);
    expect(figures.agreementsValue).toBe(330_000);
    expect(figures.overdueFollowUps).toBe(2);
  });

  it('gives every month of the period, also the empty ones', () => {
    expect(figures.months).toEqual([
      { month: '2026-01', newInquiries: 2, handoffs: 2 },
      { month: '2026-02', newInquiries: 2, handoffs: 0 },
      { month: '2026-03', newInquiries: 1, handoffs: 1 },
    ]);
    expect(monthsOf('2025-11-15', '2026-02-01')).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });

  it('takes the mean of the middle two for an even count, and null without values', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
    expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2);
  });
});

describe('management summary document', () => {
  const content = buildManagementBrief(
    DATA,
    options({ texts: { summary: 'Fler IOP än förra året.' } }),
    briefDocSv,
    createBriefFormat('sv'),
  );

  it('writes the key figures in Swedish with the period in the header', () => {
    expect(content.title).toBe('Underlag till ledningsgruppen');
    expect(content.headerDate).toBe('Period: 1 jan. 2026 – 31 mars 2026');
    const overview = content.sections.find((section) => section.id === 'overview');
    expect(overview?.blocks[0]).toEqual({
      type: 'facts',
      items: [
        { label: 'Nya ärenden', value: '5' },
        { label: 'Överlämningar', value: '3' },
        { label: 'Tecknade avtal', value: '2' },
        { label: 'Tecknade avtals värde', value: '330\u00a0000 kr' },
        { label: 'Median, dagar från inkommet till överlämning', value: '26 dagar' },
        { label: 'Försenade uppföljningar', value: '2' },
      ],
    });
    expect(content.sections[0]?.blocks).toEqual([
      { type: 'paragraph', text: 'Fler IOP än förra året.' },
    ]);
  });

  it('has bar charts by area and path and a monthly trend, each with its figures as a table', () => {
    const charts = content.sections.flatMap((section) =>
      section.blocks.filter((block) => block.type === 'chart'),
    );
    expect(charts.map((chart) => [chart.id, chart.chart])).toEqual([
      ['byArea', 'bar'],
      ['byPath', 'bar'],
      ['trend', 'line'],
    ]);
    expect(charts[0]?.points).toEqual([
      { label: 'Barn', value: 2 },
      { label: 'Utbildning', value: 2 },
      { label: 'Ingen matchning', value: 2 },
    ]);
    const overdue = content.sections.find((section) => section.id === 'overdue')?.blocks[0];
    expect(overdue).toMatchObject({
      type: 'table',
      rows: [
        ['15 jan. 2026', 'Föreningen Gemenskap', 'Boka möte'],
        ['20 feb. 2026', 'Föreningen Gemenskap', 'Skicka avtalet'],
      ],
    });
  });

  it('leaves out the sections the user switched off', () => {
    const without = buildManagementBrief(
      DATA,
      options({ sections: { byArea: false, trend: false } }),
      briefDocSv,
      createBriefFormat('sv'),
    );
    expect(without.sections.map((section) => section.id)).toEqual([
      'summary',
      'overview',
      'byStage',
      'byPath',
      'agreements',
      'overdue',
    ]);
  });

  it('sums the trend table per year over a long period, but charts every month', () => {
    const long = buildManagementBrief(
      briefData({ ...DATA.period, start: '2024-01-01', end: '2026-03-31' }),
      options({ sections: { summary: true } }),
      briefDocSv,
      createBriefFormat('sv'),
    );
    const trend = long.sections.find((section) => section.id === 'trend')?.blocks ?? [];
    expect(trend[0]).toMatchObject({ type: 'chart', chart: 'line' });
    expect(trend[0]?.type === 'chart' ? trend[0].points : []).toHaveLength(27);
    expect(trend[1]).toMatchObject({
      type: 'table',
      columns: ['År', 'Nya ärenden', 'Överlämningar'],
      rows: [
        ['2024', '0', '0'],
        ['2025', '1', '0'],
        ['2026', '5', '3'],
      ],
    });
  });
  it('lists the latest 20 agreements and the oldest overdue follow-ups, and says when there are more', () => {
    const agreements = Array.from({ length: 25 }, (_, index) => ({
      inquiryId: `a${index}`,
      title: `Avtal ${index + 1}`,
      signedAt: `2026-01-${String(index + 1).padStart(2, '0')}`,
      value: 1000,
    }));
    const many = buildManagementBrief(
      { ...DATA, figures: { ...DATA.figures, agreements, overdueFollowUps: 30 } },
      options(),
      briefDocSv,
      createBriefFormat('sv'),
    );
    const blocks = (id: string) => many.sections.find((section) => section.id === id)?.blocks;
    const [table, note] = blocks('agreements') ?? [];
    const rows = table?.type === 'table' ? table.rows : [];
    expect(rows).toHaveLength(20);
    expect(rows[0]?.[0]).toBe('Avtal 6');
    expect(rows[19]?.[0]).toBe('Avtal 25');
    expect(note).toEqual({
      type: 'paragraph',
      text: 'De 20 senast tecknade av 25 avtal visas; antal och värde gäller alla.',
      isMuted: true,
    });
    expect(blocks('overdue')?.[1]).toMatchObject({
      text: 'De 2 äldsta av 30 försenade uppföljningar visas.',
    });
    // With every row listed, no note.
    expect(content.sections.find((section) => section.id === 'agreements')?.blocks).toHaveLength(1);
  });
});
