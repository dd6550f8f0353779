import { foldSwedish } from '../../../domain/swedishText';

/** Words that say what kind of organisation it is, not which one; ignored when comparing names. */
const GENERIC_WORDS = new Set([
  'foreningen',
  'forening',
  'ideell',
  'ekonomisk',
  'stiftelsen',
  'stiftelse',
  'ab',
  'i',
  'och',
  'for',
]);

export function comparableName(name: string): string {
  return foldSwedish(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0 && !GENERIC_WORDS.has(word))
    .join(' ');
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** 1 for the same name (ignoring case, accents and generic words), falling towards 0. */
export function nameSimilarity(a: string, b: string): number {
  const x = comparableName(a);
  const y = comparableName(b);
  if (x === '' || y === '') return x === y ? 1 : 0;
  if (x === y) return 1;
  return 1 - levenshtein(x, y) / Math.max(x.length, y.length);
}

/** The threshold for "very similar": one or two typos in a typical name. */
export const SIMILAR_NAME_THRESHOLD = 0.85;
