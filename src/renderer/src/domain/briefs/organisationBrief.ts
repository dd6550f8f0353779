import type { ContactPersonEntity } from '../entities';
import { swedishCollator } from '../swedishText';
import type { BriefBlock, BriefContent } from './briefContent';
import type { BriefOptions, OrganisationBriefData } from './briefData';
import {
  byReceived,
  includedSections,
  isOpen,
  meetingSubtitle,
  nameOf,
  tableOrEmpty,
} from './briefHelpers';
import { fill, moneyText, type BriefFormat, type BriefLabels } from './briefLabels';
import { INCLUDE_PRIVATE_NOTES, isSectionIncluded } from './briefSections';
import { textBlocks } from './briefText';

/** How many calls the organisation brief shows. */
export const BRIEF_CALL_LIMIT = 5;

const byPrimaryThenName = (a: ContactPersonEntity, b: ContactPersonEntity) =>
  Number(b.isPrimary) - Number(a.isPrimary) || swedishCollator.compare(a.name, b.name);

/** "Inför möte med …": what is known about one organisation before a meeting. */
export function buildOrganisationBrief(
  data: OrganisationBriefData,
  options: BriefOptions,
  labels: BriefLabels,
  format: BriefFormat,
): BriefContent {
  const { organisation: org } = data;
  const f = labels.fields;
  const none = labels.none;
  const open = data.inquiries.filter(isOpen).sort(byReceived);
  const contacts = data.contacts
    .filter((contact) => contact.status === 'active')
    .sort(byPrimaryThenName);
  const includePrivate = isSectionIncluded(options.sections, INCLUDE_PRIVATE_NOTES);
  const calls = data.calls
    .filter((call) => includePrivate || call.noteKind === 'tjansteanteckning')
    .slice(0, BRIEF_CALL_LIMIT);
  const contactName = (id: string | null) => nameOf(data.contacts, id, none);

  const facts = (): BriefBlock[] => [
    {
      type: 'facts',
      items: [
        { label: f.name, value: org.name },
        { label: f.orgNumber, value: org.orgNumber ?? labels.missing },
        { label: f.legalForm, value: labels.legalForms[org.legalForm] },
        { label: f.ideaRegistration, value: labels[org.ideaRegistration] },
        {
          label: f.address,
          value:
            [org.address.street, `${org.address.postalCode} ${org.address.city}`.trim()]
              .filter(Boolean)
              .join(', ') || none,
        },
        { label: f.phone, value: org.phone || none },
        { label: f.email, value: org.email || none },
        { label: f.website, value: org.website || none },
        {
          label: f.lastContacted,
          value: org.lastContactedAt ? format.date(org.lastContactedAt) : none,
        },
      ],
    },
  ];

  const contactRows = contacts.map((contact) => [
    contact.isPrimary ? `${contact.name} (${f.primary.toLowerCase()})` : contact.name,
    contact.role || none,
    contact.phone || none,
    contact.email || none,
  ]);

  const inquiryRows = open.map((inquiry) => [
    inquiry.title,
    labels.stages[inquiry.stage],
    format.date(inquiry.receivedAt),
    nameOf(data.navigators, inquiry.responsibleNavigatorId, none),
    moneyText(labels, format, inquiry.estimatedYearlyValue),
  ]);

  const matchRows = open.flatMap((inquiry) =>
    inquiry.matches.map((match) => [
      inquiry.title,
      nameOf(data.priorityAreas, match.priorityAreaId, none),
      match.rationale || none,
    ]),
  );

  const handoff = (): BriefBlock[] => {
    const rows = open.map((inquiry) => [
      inquiry.title,
      inquiry.handoff ? labels.paths[inquiry.handoff.path] : labels.notDecided,
      inquiry.handoff ? format.date(inquiry.handoff.decidedAt) : none,
      nameOf(data.units, inquiry.handoff?.unitId ?? inquiry.unitId, none),
      inquiry.outcome ? labels.outcomes[inquiry.outcome.kind] : none,
    ]);
    const checklists: BriefBlock[] = open
      .filter((inquiry) => inquiry.handoff?.path === 'iop')
      .map((inquiry) => ({
        type: 'table',
        caption: fill(labels.checklistTitle, { title: inquiry.title }),
        columns: [f.criterion, f.answer, f.comment],
        rows: (inquiry.handoff?.iopChecklist ?? []).map((item) => [
          labels.criteria[item.criterion],
          labels.answers[item.answer],
          item.comment || none,
        ]),
      }));
    return [
      tableOrEmpty(
        labels.sections.handoff,
        [f.inquiry, f.path, f.decided, f.unit, f.outcome],
        rows,
        labels.empty.handoff,
      ),
      ...checklists,
    ];
  };

  const callRows = calls.map((call) => [
    format.date(call.occurredAt),
    labels.directions[call.direction],
    contactName(call.contactPersonId),
    call.summary || none,
  ]);

  const followUpRows = [...data.openFollowUps]
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
    .map((followUp) => [
      followUp.dueDate < options.today
        ? `${format.date(followUp.dueDate)} (${labels.overdue})`
        : format.date(followUp.dueDate),
      followUp.nextStep,
      nameOf(data.navigators, followUp.navigatorId, none),
    ]);

  const s = labels.sections;
  return {
    kind: 'organisation',
    title: options.title.trim() || fill(labels.organisationTitle, { name: org.name }),
    subtitle: meetingSubtitle(options, options.today, labels, format),
    headerName: org.name,
    headerDate: format.date(options.meetingDate ?? options.today),
    sections: includedSections(options.sections, [
      { id: 'facts', title: s.facts, build: facts },
      {
        id: 'contacts',
        title: s.contacts,
        build: () => [
          tableOrEmpty(
            s.contacts,
            [f.name, f.role, f.phone, f.email],
            contactRows,
            labels.empty.contacts,
          ),
        ],
      },
      {
        id: 'inquiries',
        title: s.inquiries,
        build: () => [
          tableOrEmpty(
            s.inquiries,
            [f.inquiry, f.stage, f.received, f.navigator, f.value],
            inquiryRows,
            labels.empty.inquiries,
          ),
        ],
      },
      {
        id: 'matching',
        title: s.matching,
        build: () => [
          tableOrEmpty(
            s.matching,
            [f.inquiry, f.area, f.rationale],
            matchRows,
            labels.empty.matching,
          ),
        ],
      },
      { id: 'handoff', title: s.handoff, build: handoff },
      {
        id: 'calls',
        title: s.calls,
        build: () => [
          tableOrEmpty(
            s.calls,
            [f.date, f.direction, f.contact, f.summary],
            callRows,
            labels.empty.calls,
          ),
          {
            type: 'paragraph',
            text: includePrivate ? labels.notes.privateIncluded : labels.notes.privateExcluded,
            isMuted: true,
          },
        ],
      },
      {
        id: 'followUps',
        title: s.followUps,
        build: () => [
          tableOrEmpty(
            s.followUps,
            [f.dueDate, f.nextStep, f.navigator],
            followUpRows,
            labels.empty.followUps,
          ),
        ],
      },
      {
        id: 'questions',
        title: s.questions,
        build: () => textBlocks(options.texts.questions ?? '', labels.empty.questions),
      },
    ]),
  };
}
