import type { BriefBlock, BriefContent } from './briefContent';
import type { AgendaBriefData, AgendaItemData, BriefOptions } from './briefData';
import { areaNames, includedSections, meetingSubtitle, nameOf } from './briefHelpers';
import { moneyText, type BriefFormat, type BriefLabels } from './briefLabels';
import { textBlocks } from './briefText';
import { iopRiskFacts } from './briefIopRisk';

/** A meeting about several inquiries: date, place, participants, and one page per agenda point. */
export function buildAgendaBrief(
  data: AgendaBriefData,
  options: BriefOptions,
  labels: BriefLabels,
  format: BriefFormat,
): BriefContent {
  const f = labels.fields;
  const none = labels.none;
  const s = labels.sections;
  const pointTitle = (item: AgendaItemData) =>
    item.organisation ? `${item.inquiry.title} – ${item.organisation.name}` : item.inquiry.title;

  const summary = (item: AgendaItemData, index: number): BriefBlock[] => {
    const { inquiry } = item;
    const latest = item.calls.find((call) => call.noteKind === 'tjansteanteckning');
    const blocks: BriefBlock[] = [
      { type: 'heading', text: `${index + 1}. ${pointTitle(item)}`, startsPage: index > 0 },
      {
        type: 'facts',
        items: [
          { label: f.organisation, value: item.organisation?.name ?? none },
          { label: f.orgNumber, value: item.organisation?.orgNumber ?? labels.missing },
          { label: f.contact, value: item.contact?.name ?? none },
          { label: f.stage, value: labels.stages[inquiry.stage] },
          { label: f.received, value: format.date(inquiry.receivedAt) },
          { label: f.offer, value: inquiry.offer || none },
          { label: f.targetGroup, value: inquiry.targetGroup || none },
          { label: f.value, value: moneyText(labels, format, inquiry.estimatedYearlyValue) },
          { label: f.area, value: areaNames(inquiry, data, none) },
          { label: f.unit, value: nameOf(data.units, inquiry.unitId, none) },
          {
            label: f.path,
            value: inquiry.handoff ? labels.paths[inquiry.handoff.path] : labels.notDecided,
          },
          ...iopRiskFacts(inquiry, labels),
          {
            label: f.navigator,
            value: nameOf(data.navigators, inquiry.responsibleNavigatorId, none),
          },
          { label: f.diarienummer, value: inquiry.diarienummer || none },
        ],
      },
    ];
    if (latest) {
      blocks.push({
        type: 'paragraph',
        text: `${f.latestCall} (${format.date(latest.occurredAt)}): ${latest.summary}`,
      });
    }
    if (item.openFollowUps.length > 0) {
      blocks.push({
        type: 'list',
        items: [...item.openFollowUps]
          .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
          .map((followUp) => `${format.date(followUp.dueDate)}: ${followUp.nextStep}`),
      });
    }
    return blocks;
  };

  const meeting = (): BriefBlock[] => [
    {
      type: 'facts',
      items: [
        {
          label: f.meetingDate,
          value: options.meetingDate ? format.date(options.meetingDate) : none,
        },
        { label: f.place, value: options.place.trim() || none },
        { label: f.participants, value: options.participants.trim() || none },
      ],
    },
  ];

  const hasItems = data.items.length > 0;
  const emptyAgenda: BriefBlock = { type: 'paragraph', text: labels.empty.agenda, isMuted: true };
  const title = options.title.trim() || labels.agendaTitle;
  return {
    kind: 'agenda',
    title,
    subtitle: meetingSubtitle(options, options.today, labels, format),
    headerName: title,
    headerDate: format.date(options.meetingDate ?? options.today),
    sections: includedSections(options.sections, [
      { id: 'meeting', title: s.meeting, build: meeting },
      {
        id: 'agenda',
        title: s.agenda,
        build: () =>
          hasItems
            ? [
                {
                  type: 'list',
                  isNumbered: true,
                  items: data.items.map(
                    (item) => `${pointTitle(item)} (${labels.stages[item.inquiry.stage]})`,
                  ),
                },
              ]
            : [emptyAgenda],
      },
      {
        id: 'summaries',
        title: s.summaries,
        build: () => (hasItems ? data.items.flatMap(summary) : [emptyAgenda]),
      },
      {
        id: 'other',
        title: s.other,
        build: () => textBlocks(options.texts.other ?? '', labels.empty.text),
      },
    ]),
  };
}
