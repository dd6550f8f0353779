import type {
  IdeaRegistration,
  LegalForm,
  OrganisationEntity,
  RecordStatus,
} from '../../../domain/entities';
import { digitsOf, normaliseWords } from '../../../domain/swedishText';
import { db } from '../../../db/db';

export const ORGANISATION_SORTS = ['name', 'lastContacted', 'created'] as const;
export type OrganisationSort = (typeof ORGANISATION_SORTS)[number];
export type SortDirection = 'asc' | 'desc';

export type OrganisationListQuery = {
  status: RecordStatus;
  legalForm: LegalForm | '';
  ideaRegistration: IdeaRegistration | '';
  tag: string;
  text: string;
  sort: OrganisationSort;
  direction: SortDirection;
};

export const DEFAULT_ORGANISATION_QUERY: OrganisationListQuery = {
  status: 'active',
  legalForm: '',
  ideaRegistration: '',
  tag: '',
  text: '',
  sort: 'name',
  direction: 'asc',
};

// All sort keys are strings, so '' … '\uffff' spans them. (Dexie.minKey/maxKey bounds were not
// re-run by liveQuery after a bulk write in Chromium.)
const between = (status: RecordStatus) =>
  [
    [status, ''],
    [status, '\uffff'],
  ] as const;

/** Ids in sort order, from a compound index: keys only, no rows loaded. */
async function sortedIds(
  status: RecordStatus,
  sort: OrganisationSort,
  direction: SortDirection,
): Promise<string[]> {
  const index =
    sort === 'name'
      ? '[status+nameKey]'
      : sort === 'created'
        ? '[status+createdAt]'
        : '[status+lastContactedAt]';
  const [lower, upper] = between(status);
  let collection = db.organisations.where(index).between(lower, upper, true, true);
  if (direction === 'desc') collection = collection.reverse();
  const ids = (await collection.primaryKeys()) as string[];
  if (sort !== 'lastContacted') return ids;
  // Never-contacted organisations have no key in that index; they count as the longest ago.
  const contacted = new Set(ids);
  const all = (await db.organisations
    .where('[status+nameKey]')
    .between(lower, upper, true, true)
    .primaryKeys()) as string[];
  const never = all.filter((id) => !contacted.has(id));
  return direction === 'asc' ? [...never, ...ids] : [...ids, ...never];
}

async function idsWhere(index: string, value: string): Promise<Set<string>> {
  return new Set((await db.organisations.where(index).equals(value).primaryKeys()) as string[]);
}

/**
 * Every typed word must prefix a word of the name; a number also finds organisationsnummer and phone.
 * Only called with at least one word, so its first await is a Dexie query (see queryOrganisationIds).
 */
async function idsMatchingText(words: string[], text: string): Promise<Set<string>> {
  const perWord: Set<string>[] = [];
  for (const word of words) {
    perWord.push(
      new Set(
        (await db.organisations.where('searchWords').startsWith(word).primaryKeys()) as string[],
      ),
    );
  }
  const [first = new Set<string>(), ...rest] = perWord;
  const result = new Set([...first].filter((id) => rest.every((set) => set.has(id))));
  const digits = digitsOf(text);
  if (digits.length >= 3 && digits.length === text.replace(/[\s-]/g, '').length) {
    const orgPrefix = digits.length > 6 ? `${digits.slice(0, 6)}-${digits.slice(6)}` : digits;
    for (const id of await db.organisations.where('orgNumber').startsWith(orgPrefix).primaryKeys())
      result.add(id as string);
    for (const id of await db.organisations.where('phoneDigits').startsWith(digits).primaryKeys())
      result.add(id as string);
  }
  return result;
}

/** Up to this many text matches, their rows are read and sorted in memory (cheaper than keys of all). */
const IN_MEMORY_LIMIT = 2000;

function compareForSort(sort: OrganisationSort) {
  const key = (row: OrganisationEntity) =>
    sort === 'name' ? row.nameKey : sort === 'created' ? row.createdAt : row.lastContactedAt;
  return (a: OrganisationEntity, b: OrganisationEntity) => {
    const x = key(a);
    const y = key(b);
    if (x !== y) return x === null ? -1 : y === null ? 1 : x < y ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

/**
 * A few matches of a typed search: read those rows, filter and sort them in memory, in exactly the
 * order the index path gives (never-contacted count as the oldest, ties by id).
 */
async function sortMatches(ids: Set<string>, query: OrganisationListQuery): Promise<string[]> {
  const rows = (await db.organisations.bulkGet([...ids])).filter(
    (row): row is OrganisationEntity =>
      row !== undefined &&
      row.status === query.status &&
      (!query.legalForm || row.legalForm === query.legalForm) &&
      (!query.ideaRegistration || row.ideaRegistration === query.ideaRegistration) &&
      (!query.tag || row.tags.includes(query.tag)),
  );
  const compare = compareForSort(query.sort);
  if (query.sort !== 'lastContacted') {
    rows.sort(compare);
    return (query.direction === 'asc' ? rows : rows.reverse()).map((row) => row.id);
  }
  const byName = compareForSort('name');
  const never = rows.filter((row) => row.lastContactedAt === null).sort(byName);
  const contacted = rows.filter((row) => row.lastContactedAt !== null).sort(compare);
  const ordered =
    query.direction === 'asc' ? [...never, ...contacted] : [...contacted.reverse(), ...never];
  return ordered.map((row) => row.id);
}

/**
 * The ids of the organisations a list shows, in order: from index keys, or for a narrow text search
 * from the few matching rows — never the whole table.
 */
export async function queryOrganisationIds(query: OrganisationListQuery): Promise<string[]> {
  // Runs inside liveQuery: every await here must be a Dexie query (or a function whose first await
  // is one). Awaiting an async function that resolves without touching Dexie loses liveQuery's
  // tracking, and the list would then stop updating when data changes.
  const words = normaliseWords(query.text);
  const textMatches = words.length > 0 ? await idsMatchingText(words, query.text) : null;
  if (textMatches && textMatches.size <= IN_MEMORY_LIMIT) return sortMatches(textMatches, query);
  const ordered = await sortedIds(query.status, query.sort, query.direction);
  const filters: Set<string>[] = textMatches ? [textMatches] : [];
  if (query.legalForm) filters.push(await idsWhere('legalForm', query.legalForm));
  if (query.ideaRegistration)
    filters.push(await idsWhere('ideaRegistration', query.ideaRegistration));
  if (query.tag) filters.push(await idsWhere('tags', query.tag));
  if (filters.length === 0) return ordered;
  filters.sort((a, b) => a.size - b.size);
  return ordered.filter((id) => filters.every((set) => set.has(id)));
}

export async function organisationsByIds(
  ids: string[],
): Promise<(OrganisationEntity | undefined)[]> {
  return db.organisations.bulkGet(ids);
}

/** All tags in use, for the filter (a multi-entry index's unique keys). */
export async function allOrganisationTags(): Promise<string[]> {
  return (await db.organisations.orderBy('tags').uniqueKeys()) as string[];
}

/** Everything stored, active and archived: zero means a new, empty register. */
export async function countAllOrganisations(): Promise<number> {
  return db.organisations.count();
}
