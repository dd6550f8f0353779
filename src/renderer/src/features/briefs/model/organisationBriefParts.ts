import type { CallEntity, ContactPersonEntity, InquiryEntity } from '../../../domain/entities';
import type { BriefBlock } from './briefContent';
import type { BriefOptions, OrganisationBriefData } from './briefData';
import { nameOf, tableOrEmpty } from './briefHelpers';
import { fill, moneyText, type BriefFormat, type BriefLabels } from './briefLabels';
import { iopRiskBlocks } from './briefIopRisk';

/** What the organisation brief's parts are made from (see organisationBrief.ts). */
export type OrganisationBriefContext = {
  data: OrganisationBriefData;
  options: BriefOptions;
  labels: BriefLabels;
  format: BriefFormat;
  /** Open inquiries, oldest first. */
  open: InquiryEntity[];
  /** Active contacts, the primary one first. */
  contacts: ContactPersonEntity[];
  /** The calls the brief may show, newest first. */
  calls: CallEntity[];
};

/** The organisation's facts, and the rows of each table in the organisation brief. */
export function organisationBriefParts({
  data,
  options,
  labels,
  format,
  open,
  contacts,
  calls,
}: OrganisationBriefContext) {
  const { organisation: org } = data;
  const f = labels.fields;
  const none = labels.none;
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
      .flatMap((inquiry): BriefBlock[] => [
        {
          type: 'table',
          caption: fill(labels.checklistTitle, { title: inquiry.title }),
          columns: [f.criterion, f.answer, f.comment],
          rows: (inquiry.handoff?.iopChecklist ?? []).map((item) => [
            labels.criteria[item.criterion],
            labels.answers[item.answer],
            item.comment || none,
          ]),
        },
        ...iopRiskBlocks(inquiry, labels),
      ]);
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

  return { facts, contactRows, inquiryRows, matchRows, handoff, callRows, followUpRows };
}
