import type { OrganisationEntity } from '../../../domain/entities';
import { digitsOf, foldSwedish, normaliseWords, swedishSortKey } from '../../../domain/swedishText';
import { db } from '../../../db/db';

const CANDIDATES_PER_WORD = 2000;

/**
 * Organisations for the call dialog's picker: by name (word prefixes, Swedish-aware — "a" also finds
 * å/ä, but exact letters rank first), by organisationsnummer or by the phone number of the
 * organisation or one of its contact persons. Index reads only; never a table scan per keystroke.
 */
export async function searchOrganisations(text: string, limit = 8): Promise<OrganisationEntity[]> {
  const words = normaliseWords(text);
  if (words.length === 0) return [];
  const digits = digitsOf(text);
  const isNumber = digits.length >= 3 && digits.length === text.replace(/[\s\-+()]/g, '').length;

  const ids = new Set<string>();
  if (isNumber) {
    const orgPrefix =
      digits.length > 6 ? `${digits.slice(0, 6)}-${digits.slice(6, 10)}` : digits.slice(0, 6);
    for (const id of await db.organisations
      .where('orgNumber')
      .startsWith(orgPrefix)
      .limit(limit * 4)
      .primaryKeys())
      ids.add(id as string);
    for (const id of await db.organisations
      .where('phoneDigits')
      .startsWith(digits)
      .limit(limit * 4)
      .primaryKeys())
      ids.add(id as string);
    const people = await db.contactPersons
      .where('phoneDigits')
      .startsWith(digits)
      .limit(limit * 4)
      .toArray();
    for (const person of people) ids.add(person.organisationId);
  } else {
    const perWord: Set<string>[] = [];
    for (const word of words) {
      const found = await db.organisations
        .where('searchWords')
        .startsWith(word)
        .limit(CANDIDATES_PER_WORD)
        .primaryKeys();
      perWord.push(new Set(found as string[]));
    }
    const [first = new Set<string>(), ...rest] = perWord;
    for (const id of first) if (rest.every((set) => set.has(id))) ids.add(id);
  }

  const rows = (await db.organisations.bulkGet([...ids])).filter(
    (row): row is OrganisationEntity => row !== undefined && row.status === 'active',
  );
  const score = (organisation: OrganisationEntity) => {
    if (isNumber) return 0;
    const nameWords = normaliseWords(organisation.name);
    let total = 0;
    for (const word of words) {
      // Exact letters outrank the å/ä/ö-folded fallback.
      if (nameWords.some((nameWord) => nameWord.startsWith(word))) total += 2;
      else if (nameWords.some((nameWord) => foldSwedish(nameWord).startsWith(foldSwedish(word))))
        total += 1;
    }
    if (nameWords[0]?.startsWith(words[0] ?? '')) total += 1;
    return total;
  };
  return rows
    .map((organisation) => ({
      organisation,
      score: score(organisation),
      key: swedishSortKey(organisation.name),
    }))
    .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, limit)
    .map((hit) => hit.organisation);
}
