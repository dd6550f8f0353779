/**
 * Swedish-aware text keys. IndexedDB orders strings by code unit, where Ä (C4) < Å (C5) < Ö (D6) and
 * accented letters land after z; a collation key makes index order follow Swedish: a–z, then å, ä, ö,
 * with é sorted as e and ü as y (as Intl.Collator('sv') does).
 */

const SWEDISH_TAIL: Record<string, string> = { å: '{', ä: '|', ö: '}', æ: '|', ø: '}' };
const FOLD_SPECIAL: Record<string, string> = { ü: 'y' };

/** Lowercases and removes diacritics except on å, ä, ö. */
function baseLetters(text: string): string {
  let out = '';
  for (const char of text.toLocaleLowerCase('sv-SE')) {
    if (char in SWEDISH_TAIL) {
      out += char;
    } else if (char in FOLD_SPECIAL) {
      out += FOLD_SPECIAL[char];
    } else {
      out += char.normalize('NFD').replace(/\p{M}/gu, '');
    }
  }
  return out;
}

/** A key whose plain string order is Swedish alphabetical order (case-insensitive). */
export function swedishSortKey(text: string): string {
  let key = '';
  for (const char of baseLetters(text.trim())) {
    key += SWEDISH_TAIL[char] ?? char;
  }
  return key;
}

/** Folds å/ä/ö to a/a/o as well: the fallback so typing "a" also finds "å" and "ä". */
export function foldSwedish(text: string): string {
  return baseLetters(text)
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/æ/g, 'a')
    .replace(/ø/g, 'o');
}

/** Normalised words: lowercase, diacritics (other than å ä ö) removed, punctuation dropped. */
export function normaliseWords(text: string): string[] {
  return baseLetters(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/**
 * The words indexed for prefix search: each word as typed (exact letters) and, where it differs,
 * its folded form, so "malmo" finds "Malmö" while "malmö" still matches exactly.
 */
export function searchWordsOf(...texts: string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of normaliseWords(text)) {
      words.add(word);
      words.add(foldSwedish(word));
    }
  }
  return [...words];
}

/** Collator for sorting in memory (small lists); equal to the order of swedishSortKey. */
export const swedishCollator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });

export function digitsOf(text: string): string {
  return text.replace(/\D+/g, '');
}
