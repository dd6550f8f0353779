import type { BriefEntity } from '../brief';
import type {
  CallEntity,
  ContactPersonEntity,
  FollowUpEntity,
  InquiryEntity,
  IsoDate,
  IsoTimestamp,
  NavigatorEntity,
  OrganisationEntity,
  PriorityAreaEntity,
  UnitEntity,
} from '../entities';

/** What the builders read: gathered by db/briefQueries.ts with indexed reads, then passed in. */

export type BriefLookups = {
  priorityAreas: PriorityAreaEntity[];
  units: UnitEntity[];
  navigators: NavigatorEntity[];
};

export type OrganisationBriefData = BriefLookups & {
  organisation: OrganisationEntity;
  contacts: ContactPersonEntity[];
  inquiries: InquiryEntity[];
  /** The newest calls, newest first (the builder keeps the ones it may show). */
  calls: CallEntity[];
  openFollowUps: FollowUpEntity[];
};

export type AgendaItemData = {
  inquiry: InquiryEntity;
  organisation: OrganisationEntity | null;
  contact: ContactPersonEntity | null;
  /** The newest calls about the inquiry, newest first. */
  calls: CallEntity[];
  openFollowUps: FollowUpEntity[];
};

export type AgendaBriefData = BriefLookups & { items: AgendaItemData[] };

export type BriefPeriod = {
  start: IsoDate;
  end: IsoDate;
  /** The first and last instants of the period in local time, for timestamps like receivedAt. */
  startAt: IsoTimestamp;
  endAt: IsoTimestamp;
};

export type ManagementBriefData = BriefLookups & {
  period: BriefPeriod;
  /** Inquiries received in the period, plus any with a decision or signed agreement in it. */
  inquiries: InquiryEntity[];
  /** Open follow-ups due before today. */
  overdueFollowUps: FollowUpEntity[];
  /** Names of the organisations the overdue follow-ups belong to. */
  organisationNames: Record<string, string>;
};

/** The user's choices that shape a brief (a subset of the stored brief). */
export type BriefOptions = Pick<
  BriefEntity,
  'title' | 'meetingDate' | 'place' | 'participants' | 'sections' | 'texts'
> & { today: IsoDate };
