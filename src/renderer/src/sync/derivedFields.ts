import { inquirySearchWords } from '../domain/inquirySearchWords';
import { digitsOf, searchWordsOf, swedishSortKey } from '../domain/swedishText';
import type { SyncData, SyncedTable } from '../domain/syncRecords';

/**
 * Index fields computed from a record's own fields. A merge never reports them as conflicts; they
 * are computed again from the merged record, so the indexes always agree with what is shown.
 */
export const DERIVED_FIELDS: Partial<Record<SyncedTable, readonly string[]>> = {
  organisations: ['nameKey', 'searchWords', 'phoneDigits'],
  contactPersons: ['nameKey', 'phoneDigits'],
  inquiries: ['searchWords', 'priorityAreaIds', 'handoffPath'],
};

const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

function priorityAreaIdsOf(matches: unknown): string[] {
  if (!Array.isArray(matches)) return [];
  const ids = matches.map((match: unknown) =>
    typeof match === 'object' && match !== null && 'priorityAreaId' in match
      ? textOf(match.priorityAreaId)
      : '',
  );
  return [...new Set(ids.filter((id) => id !== ''))];
}

function handoffPathOf(handoff: unknown): string {
  return typeof handoff === 'object' && handoff !== null && 'path' in handoff
    ? textOf(handoff.path)
    : '';
}

export function withDerivedFields(table: SyncedTable, record: SyncData): SyncData {
  switch (table) {
    case 'organisations':
      return {
        ...record,
        nameKey: swedishSortKey(textOf(record['name'])),
        searchWords: searchWordsOf(textOf(record['name'])),
        phoneDigits: digitsOf(textOf(record['phone'])),
      };
    case 'contactPersons':
      return {
        ...record,
        nameKey: swedishSortKey(textOf(record['name'])),
        phoneDigits: digitsOf(textOf(record['phone'])),
      };
    case 'inquiries':
      return {
        ...record,
        searchWords: inquirySearchWords({
          title: textOf(record['title']),
          targetGroup: textOf(record['targetGroup']),
          diarienummer: textOf(record['diarienummer']),
        }),
        priorityAreaIds: priorityAreaIdsOf(record['matches']),
        handoffPath: handoffPathOf(record['handoff']),
      };
    default:
      return record;
  }
}
