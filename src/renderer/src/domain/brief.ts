import type {
  InquiryEntity,
  IsoDate,
  IsoTimestamp,
  NavigatorEntity,
  OrganisationEntity,
  Timestamps,
} from './entities';

export const BRIEF_KINDS = ['organisation', 'agenda', 'management'] as const;
/** Organisation brief, meeting agenda brief, management summary ("Underlag till ledningsgruppen"). */
export type BriefKind = (typeof BRIEF_KINDS)[number];

/** A saved brief: its choices and free text; `frozenContent` is kept only once it is "fastställd". */
export type BriefEntity = Timestamps & {
  id: string;
  kind: BriefKind;
  title: string;
  meetingDate: IsoDate | null;
  place: string;
  participants: string;
  organisationId: OrganisationEntity['id'] | null;
  inquiryIds: InquiryEntity['id'][];
  periodStart: IsoDate | null;
  periodEnd: IsoDate | null;
  /** Section id → included. */
  sections: Record<string, boolean>;
  /** Free-text parts the user writes, by section id (e.g. "Frågor att ta upp"). */
  texts: Record<string, string>;
  frozenAt: IsoTimestamp | null;
  /** The computed content at the moment it was frozen; null while it regenerates from data. */
  frozenContent: unknown;
  createdBy: NavigatorEntity['id'] | null;
};
