import { db } from '../../../db/db';
import {
  countOpenStages,
  withOrganisationNames,
  type InquiryRow,
  type InquirySort,
} from './inquiryQueries';

/**
 * The inquiry list read a page at a time straight from the sort index, so the first view never
 * reads all 50 000 keys (a full key read costs ≈0.7 s in Chromium at that scale): unfiltered, or
 * keeping the ids of a broad filter (see InquiryPlan 'scan' in inquiryMatches.ts).
 */

/** How many inquiries the unfiltered list holds; "only open" counts the four open stages. */
export async function countInquiries(openOnly: boolean): Promise<number> {
  if (!openOnly) return db.inquiries.count();
  const counts = await countOpenStages();
  return counts.reduce((sum, count) => sum + count, 0);
}

/**
 * Rows `offset` … `offset + limit` of the list, newest first by `sort`, with organisation names;
 * only those in `matches` when given.
 */
export async function inquiryPage(
  sort: InquirySort,
  openOnly: boolean,
  offset: number,
  limit: number,
  matches: Set<string> | null = null,
): Promise<InquiryRow[]> {
  const ordered = db.inquiries.orderBy(sort === 'updated' ? 'updatedAt' : 'receivedAt').reverse();
  const kept =
    openOnly || matches
      ? ordered.filter(
          (row) => (!openOnly || row.stage !== 'avslutat') && (!matches || matches.has(row.id)),
        )
      : ordered;
  const rows = await kept.offset(offset).limit(limit).toArray();
  return withOrganisationNames(rows);
}
