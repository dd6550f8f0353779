import type { HandoffPath, InquiryEntity, InquiryStage } from '../domain/entities';
import { INQUIRY_STAGES } from '../domain/entities';
import { normaliseWords } from '../domain/swedishText';
import { db } from './db';

export type InquirySort = 'updated' | 'received';

export type InquiryListQuery = {
  stage: InquiryStage | '';
  priorityAreaId: string;
  unitId: string;
  navigatorId: string;
  handoffPath: HandoffPath | '';
  hasOverdueFollowUp: boolean;
  /** ISO timestamps bounding receivedAt; '' for open-ended. */
  fromIso: string;
  toIso: string;
  text: string;
  sort: InquirySort;
};

export const DEFAULT_INQUIRY_QUERY: InquiryListQuery = {
  stage: '',
  priorityAreaId: '',
  unitId: '',
  navigatorId: '',
  handoffPath: '',
  hasOverdueFollowUp: false,
  fromIso: '',
  toIso: '',
  text: '',
  sort: 'updated',
};

const keys = async (collection: { primaryKeys(): Promise<unknown[]> }) =>
  new Set((await collection.primaryKeys()) as string[]);

/**
 * Ids of the inquiries a list or board shows, newest first, from index keys only. Inside liveQuery:
 * every await below is a Dexie query (see organisationQueries.ts for why that matters).
 */
export async function queryInquiryIds(query: InquiryListQuery, today: string): Promise<string[]> {
  const ordered = (await db.inquiries
    .orderBy(query.sort === 'updated' ? 'updatedAt' : 'receivedAt')
    .reverse()
    .primaryKeys()) as string[];
  const filters: Set<string>[] = [];
  if (query.stage) filters.push(await keys(db.inquiries.where('stage').equals(query.stage)));
  if (query.priorityAreaId)
    filters.push(await keys(db.inquiries.where('priorityAreaIds').equals(query.priorityAreaId)));
  if (query.unitId) filters.push(await keys(db.inquiries.where('unitId').equals(query.unitId)));
  if (query.navigatorId)
    filters.push(
      await keys(db.inquiries.where('responsibleNavigatorId').equals(query.navigatorId)),
    );
  if (query.handoffPath)
    filters.push(await keys(db.inquiries.where('handoffPath').equals(query.handoffPath)));
  if (query.fromIso || query.toIso) {
    filters.push(
      await keys(
        db.inquiries
          .where('receivedAt')
          .between(query.fromIso, query.toIso || '\uffff', true, true),
      ),
    );
  }
  if (query.hasOverdueFollowUp) {
    const overdue = await db.followUps
      .where('[status+dueDate]')
      .between(['open', ''], ['open', today])
      .toArray();
    filters.push(
      new Set(overdue.flatMap((followUp) => (followUp.inquiryId ? [followUp.inquiryId] : []))),
    );
  }
  for (const word of normaliseWords(query.text)) {
    // A word finds an inquiry by its own words or by its organisation's name.
    const own = await keys(db.inquiries.where('searchWords').startsWith(word));
    const organisationIds = (await db.organisations
      .where('searchWords')
      .startsWith(word)
      .limit(2000)
      .primaryKeys()) as string[];
    const byOrganisation = organisationIds.length
      ? await keys(db.inquiries.where('organisationId').anyOf(organisationIds))
      : new Set<string>();
    filters.push(new Set([...own, ...byOrganisation]));
  }
  if (filters.length === 0) return ordered;
  filters.sort((a, b) => a.size - b.size);
  return ordered.filter((id) => filters.every((set) => set.has(id)));
}

/** The same ids split into the board's columns (stage of each id from the stage index). */
export async function queryInquiryBoard(
  query: InquiryListQuery,
  today: string,
): Promise<Record<InquiryStage, string[]>> {
  const ids = await queryInquiryIds({ ...query, stage: '' }, today);
  const stageOf = new Map<string, InquiryStage>();
  for (const stage of INQUIRY_STAGES) {
    for (const id of (await db.inquiries.where('stage').equals(stage).primaryKeys()) as string[])
      stageOf.set(id, stage);
  }
  const board = Object.fromEntries(
    INQUIRY_STAGES.map((stage) => [stage, [] as string[]]),
  ) as Record<InquiryStage, string[]>;
  for (const id of ids) {
    const stage = stageOf.get(id);
    if (stage) board[stage].push(id);
  }
  return board;
}

export type InquiryRow = InquiryEntity & { organisationName: string };

/** The rows for a visible window, with their organisation's name. */
export async function inquiryRowsByIds(ids: string[]): Promise<InquiryRow[]> {
  const inquiries = (await db.inquiries.bulkGet(ids)).filter(
    (row): row is InquiryEntity => row !== undefined,
  );
  const organisations = await db.organisations.bulkGet([
    ...new Set(inquiries.map((row) => row.organisationId)),
  ]);
  const names = new Map(organisations.flatMap((row) => (row ? [[row.id, row.name] as const] : [])));
  return inquiries.map((row) => ({
    ...row,
    organisationName: names.get(row.organisationId) ?? '',
  }));
}
