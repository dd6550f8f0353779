import type { ContactPersonEntity } from '../../../domain/entities';
import { swedishCollator } from '../../../domain/swedishText';
import type { BriefContent } from './briefContent';
import type { BriefOptions, OrganisationBriefData } from './briefData';
import {
  byReceived,
  includedSections,
  isOpen,
  meetingSubtitle,
  tableOrEmpty,
} from './briefHelpers';
import { fill, type BriefFormat, type BriefLabels } from './briefLabels';
import { INCLUDE_PRIVATE_NOTES, isSectionIncluded } from './briefSections';
import { textBlocks } from './briefText';
import { organisationBriefParts } from './organisationBriefParts';

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
  const open = data.inquiries.filter(isOpen).sort(byReceived);
  const contacts = data.contacts
    .filter((contact) => contact.status === 'active')
    .sort(byPrimaryThenName);
  const includePrivate = isSectionIncluded(options.sections, INCLUDE_PRIVATE_NOTES);
  const calls = data.calls
    .filter((call) => includePrivate || call.noteKind === 'tjansteanteckning')
    .slice(0, BRIEF_CALL_LIMIT);

  const { facts, contactRows, inquiryRows, matchRows, handoff, callRows, followUpRows } =
    organisationBriefParts({ data, options, labels, format, open, contacts, calls });

  const s = labels.sections;
  return {
    kind: 'organisation',
    title: options.title.trim() || fill(labels.organisationTitle, { name: org.name }),
    // The organisation brief has no meeting section: its participants go in the subtitle.
    subtitle: meetingSubtitle(options, options.today, labels, format, true),
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
