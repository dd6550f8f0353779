import type { BriefEntity } from '../../../domain/brief';
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
} from '../../../domain/entities';
import type { ManagementFigures } from './managementFigures';

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

/**
 * The figures are computed where the data is read (db/briefQueries.ts), once per period: the user's
 * own text never recomputes them, and the preview keeps only these small results.
 */
export type ManagementBriefData = BriefLookups & {
  period: BriefPeriod;
  figures: ManagementFigures;
  /** The earliest due of the open follow-ups due before today (figures.overdueFollowUps counts all). */
  overdueListed: FollowUpEntity[];
  /** Names of the organisations the listed follow-ups belong to. */
  organisationNames: Record<string, string>;
};

/** The user's choices that shape a brief (a subset of the stored brief). */
export type BriefOptions = Pick<
  BriefEntity,
  'title' | 'meetingDate' | 'place' | 'participants' | 'sections' | 'texts'
> & { today: IsoDate };
