import type { PriorityAreaEntity } from '../../../domain/entities';
import { normaliseWords } from '../../../domain/swedishText';

/**
 * Suggests priority areas (prioriterade områden) from an inquiry's free text. Only a suggestion:
 * the navigator accepts it and writes the rationale. Keywords are Swedish stems ('förskol'), so:
 * - a keyword matches a word that starts with it: 'förskol' → 'förskolan', 'förskolebarn';
 * - Swedish writes compounds as one word, so a keyword of at least 4 letters also matches inside a
 *   word, as a later compound part: 'omsorg' → 'äldreomsorg', 'kooperativ' → 'cykelkooperativet'.
 *   Shorter stems ('mat', 'läs') would hit too many unrelated words ('tomat', 'bläster') that way.
 * - Inside a word, the part before the keyword must look like a compound head: at least 2 letters
 *   ('relevant' must not suggest 'elev'), or the negation 'o' ('ohälsa', 'otrygghet'), and not end in
 *   the prefix 'sam' ('samarbete' is about working together, not about work).
 * Text and keywords go through normaliseWords (lowercase, diacritics other than å ä ö removed). A
 * keyword of several words matches the same number of consecutive words, each by the rules above.
 */

export type PrioritySuggestion = {
  areaId: string;
  /** Number of distinct keywords that matched. */
  score: number;
  /** Why: each keyword (as configured) with the text word(s) it matched, in text order. */
  matches: { keyword: string; word: string }[];
};

export type SuggestibleArea = Pick<PriorityAreaEntity, 'id' | 'name' | 'keywords' | 'isActive'>;

export const MIN_COMPOUND_KEYWORD_LENGTH = 4;
const SHORT_COMPOUND_HEADS = new Set(['o']);
const NON_COMPOUND_HEAD_ENDINGS = ['sam'];

export function suggestPriorityAreas(
  text: string,
  areas: readonly SuggestibleArea[],
): PrioritySuggestion[] {
  const words = normaliseWords(text);
  if (words.length === 0) return [];

  const ranked: { suggestion: PrioritySuggestion; wordCount: number; order: number }[] = [];
  areas.forEach((area, order) => {
    if (!area.isActive) return;
    const found: { keyword: string; word: string; index: number }[] = [];
    const matchedKeywords = new Set<string>();
    const matchedWords = new Set<string>();
    const seenPairs = new Set<string>();

    for (const keyword of area.keywords) {
      const parts = normaliseWords(keyword);
      const key = parts.join(' ');
      if (parts.length === 0 || matchedKeywords.has(key)) continue;
      for (let i = 0; i + parts.length <= words.length; i++) {
        const span = words.slice(i, i + parts.length);
        if (!span.every((word, j) => wordMatchesStem(word, parts[j] ?? ''))) continue;
        const word = span.join(' ');
        matchedKeywords.add(key);
        matchedWords.add(word);
        const pair = `${key}\u0000${word}`;
        if (!seenPairs.has(pair)) {
          seenPairs.add(pair);
          found.push({ keyword: keyword.trim(), word, index: i });
        }
      }
    }

    if (matchedKeywords.size === 0) return;
    // Text order; for the same word, keyword order (sort is stable).
    found.sort((a, b) => a.index - b.index);
    ranked.push({
      suggestion: {
        areaId: area.id,
        score: matchedKeywords.size,
        matches: found.map(({ keyword, word }) => ({ keyword, word })),
      },
      wordCount: matchedWords.size,
      order,
    });
  });

  ranked.sort(
    (a, b) =>
      b.suggestion.score - a.suggestion.score || b.wordCount - a.wordCount || a.order - b.order,
  );
  return ranked.map(({ suggestion }) => suggestion);
}

/** True when a normalised word contains the normalised stem by the rules at the top of this file. */
export function wordMatchesStem(word: string, stem: string): boolean {
  if (stem === '') return false;
  if (word.startsWith(stem)) return true;
  if (stem.length < MIN_COMPOUND_KEYWORD_LENGTH) return false;
  for (let at = word.indexOf(stem, 1); at > 0; at = word.indexOf(stem, at + 1)) {
    if (isCompoundHead(word.slice(0, at))) return true;
  }
  return false;
}

function isCompoundHead(head: string): boolean {
  if (head.length < 2 && !SHORT_COMPOUND_HEADS.has(head)) return false;
  return !NON_COMPOUND_HEAD_ENDINGS.some((ending) => head.endsWith(ending));
}
