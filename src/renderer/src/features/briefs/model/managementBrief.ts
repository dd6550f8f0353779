import { HANDOFF_PATHS, INQUIRY_STAGES } from '../../../domain/entities';
import type { BriefBlock, BriefContent } from './briefContent';
import type { BriefOptions, ManagementBriefData } from './briefData';
import { includedSections, nameOf, tableOrEmpty } from './briefHelpers';
import { fill, moneyText, type BriefFormat, type BriefLabels } from './briefLabels';
import { textBlocks } from './briefText';

/** How many overdue follow-ups the summary lists (the count covers all). */
export const OVERDUE_LIST_LIMIT = 15;
/** How many signed agreements the summary lists, the latest signed (count and value cover all). */
export const AGREEMENTS_LIST_LIMIT = 20;
/** Up to this many months the trend table has a row per month, beyond it a row per year. */
export const TREND_TABLE_MONTHS = 24;

/** "Underlag till ledningsgruppen": the period in figures and charts, with the user's own text. */
export function buildManagementBrief(
  data: ManagementBriefData,
  options: BriefOptions,
  labels: BriefLabels,
  format: BriefFormat,
): BriefContent {
  const { figures } = data;
  const f = labels.fields;
  const s = labels.sections;
  const none = labels.none;
  const count = (value: number) => format.number(value);
  const period = fill(labels.periodLine, {
    start: format.date(data.period.start),
    end: format.date(data.period.end),
  });

  const overview = (): BriefBlock[] => [
    {
      type: 'facts',
      items: [
        { label: f.newInquiries, value: count(figures.newInquiries) },
        { label: f.handoffs, value: count(figures.handoffs) },
        { label: f.agreementsSigned, value: count(figures.agreements.length) },
        { label: f.agreementsValue, value: moneyText(labels, format, figures.agreementsValue) },
        {
          label: f.medianDays,
          value:
            figures.medianDaysToHandoff === null
              ? none
              : fill(labels.days, { count: format.number(figures.medianDaysToHandoff) }),
        },
        { label: f.overdueFollowUps, value: count(figures.overdueFollowUps) },
      ],
    },
    {
      type: 'paragraph',
      text: fill(labels.notes.medianBasis, { count: figures.handoffs }),
      isMuted: true,
    },
  ];

  const stagePoints = INQUIRY_STAGES.map((stage) => ({
    label: labels.stages[stage],
    value: figures.byStage[stage],
  }));
  const areaPoints = figures.byArea.map((area) => ({
    label:
      area.priorityAreaId === null
        ? labels.noneMatched
        : nameOf(data.priorityAreas, area.priorityAreaId, none),
    value: area.count,
  }));
  const pathPoints = HANDOFF_PATHS.map((path) => ({
    label: labels.paths[path],
    value: figures.byPath[path],
  }));
  const countTable = (caption: string, first: string, points: typeof stagePoints): BriefBlock => ({
    type: 'table',
    caption,
    columns: [first, f.count],
    rows: points.map((point) => [point.label, count(point.value)]),
  });

  /** Month by month; over a long period the table sums per year so it stays readable. */
  const trendTable = (): BriefBlock => {
    const isLong = figures.months.length > TREND_TABLE_MONTHS;
    const rows = new Map<string, [number, number]>();
    for (const month of figures.months) {
      const key = isLong ? month.month.slice(0, 4) : month.month;
      const [inquiries, handoffs] = rows.get(key) ?? [0, 0];
      rows.set(key, [inquiries + month.newInquiries, handoffs + month.handoffs]);
    }
    return {
      type: 'table',
      caption: s.trend,
      columns: [isLong ? f.year : f.month, f.newInquiries, f.handoffs],
      rows: [...rows].map(([key, [inquiries, handoffs]]) => [
        isLong ? key : format.month(key),
        count(inquiries),
        count(handoffs),
      ]),
    };
  };

  const trend = (): BriefBlock[] => {
    const points = figures.months.map((month) => ({
      label: format.month(month.month),
      value: month.newInquiries,
    }));
    return [
      {
        type: 'chart',
        id: 'trend',
        chart: 'line',
        title: `${s.trend}: ${f.newInquiries.toLowerCase()}`,
        valueLabel: f.newInquiries,
        points,
      },
      trendTable(),
    ];
  };

  /** Says that a list shows only some of its rows (nothing when it shows them all). */
  const partNote = (template: string, shown: number, total: number): BriefBlock[] =>
    shown < total
      ? [
          {
            type: 'paragraph',
            text: fill(template, { shown: count(shown), count: count(total) }),
            isMuted: true,
          },
        ]
      : [];

  const agreements = (): BriefBlock[] => {
    const listed = figures.agreements.slice(-AGREEMENTS_LIST_LIMIT);
    return [
      tableOrEmpty(
        s.agreements,
        [f.inquiry, f.signed, f.agreementValue],
        listed.map((agreement) => [
          agreement.title,
          format.date(agreement.signedAt),
          moneyText(labels, format, agreement.value),
        ]),
        labels.empty.agreements,
      ),
      ...partNote(labels.notes.agreementsListed, listed.length, figures.agreements.length),
    ];
  };

  const overdue = (): BriefBlock[] => {
    const listed = [...data.overdueListed]
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
      .slice(0, OVERDUE_LIST_LIMIT);
    return [
      tableOrEmpty(
        s.overdue,
        [f.dueDate, f.organisation, f.nextStep],
        listed.map((followUp) => [
          format.date(followUp.dueDate),
          data.organisationNames[followUp.organisationId] ?? none,
          followUp.nextStep,
        ]),
        labels.empty.overdue,
      ),
      ...partNote(labels.notes.overdueListed, listed.length, figures.overdueFollowUps),
    ];
  };

  const title = options.title.trim() || labels.managementTitle;
  return {
    kind: 'management',
    title,
    subtitle: [period, fill(labels.preparedLine, { date: format.date(options.today) })],
    headerName: title,
    headerDate: period,
    sections: includedSections(options.sections, [
      {
        id: 'summary',
        title: s.summary,
        build: () => textBlocks(options.texts.summary ?? '', labels.empty.text),
      },
      { id: 'overview', title: s.overview, build: overview },
      {
        id: 'byStage',
        title: s.byStage,
        build: () => [countTable(s.byStage, f.stage, stagePoints)],
      },
      {
        id: 'byArea',
        title: s.byArea,
        build: () => [
          {
            type: 'chart',
            id: 'byArea',
            chart: 'bar',
            title: s.byArea,
            valueLabel: labels.chartCount,
            points: areaPoints,
          },
          countTable(s.byArea, f.area, areaPoints),
        ],
      },
      {
        id: 'byPath',
        title: s.byPath,
        build: () => [
          {
            type: 'chart',
            id: 'byPath',
            chart: 'bar',
            title: s.byPath,
            valueLabel: labels.chartCount,
            points: pathPoints,
          },
          countTable(s.byPath, f.path, pathPoints),
        ],
      },
      { id: 'trend', title: s.trend, build: trend },
      { id: 'agreements', title: s.agreements, build: agreements },
      { id: 'overdue', title: s.overdue, build: overdue },
    ]),
  };
}
