/**
 * A small seeded PRNG (sfc32, 128-bit state, seeded through splitmix32) and helpers, so generated
 * data sets are reproducible: the same seed gives the same sequence on every platform.
 */

export type Random = {
  /** Uniform float in [0, 1). */
  next: () => number;
  /** Uniform unsigned 32-bit integer. */
  uint32: () => number;
  /** Uniform integer in [min, max], both inclusive. */
  int: (min: number, max: number) => number;
  /** Uniform float in [min, max). */
  float: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  /** Picks a value with probability proportional to its weight. */
  weighted: <T>(entries: readonly (readonly [T, number])[]) => T;
  chance: (probability: number) => boolean;
  /** A shuffled copy (Fisher–Yates). */
  shuffle: <T>(items: readonly T[]) => T[];
  /** Up to `count` distinct items, in random order. */
  sample: <T>(items: readonly T[], count: number) => T[];
};

/** Bijective 32-bit integer mix (lowbias32): distinct inputs give distinct outputs. */
export function mix32(value: number): number {
  let x = value >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** A 32-bit seed derived from a seed and labels, for independent streams per purpose. */
export function deriveSeed(seed: number, ...labels: (string | number)[]): number {
  let hash = mix32(seed ^ 0x9e3779b9);
  for (const label of labels) {
    const text = String(label);
    for (let i = 0; i < text.length; i++) {
      hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
    }
    hash = mix32(hash ^ 0x2f);
  }
  return hash;
}

/** Element i of an array; throws instead of returning undefined (strict index access). */
export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`Index ${index} outside 0..${items.length - 1}`);
  return item;
}

export function createRandom(seed: number): Random {
  // splitmix32 expands the seed into four words of state.
  let s = seed >>> 0;
  const split = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();

  const uint32 = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 12; i++) uint32();

  const next = (): number => uint32() / 4294967296;
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return at(items, Math.floor(next() * items.length));
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      const tmp = at(copy, i);
      copy[i] = at(copy, j);
      copy[j] = tmp;
    }
    return copy;
  };

  return {
    next,
    uint32,
    int,
    float: (min, max) => min + next() * (max - min),
    pick,
    weighted: <T>(entries: readonly (readonly [T, number])[]): T => {
      let total = 0;
      for (const [, weight] of entries) total += weight;
      if (entries.length === 0 || total <= 0) throw new RangeError('weighted pick without weight');
      let roll = next() * total;
      for (const [value, weight] of entries) {
        roll -= weight;
        if (roll < 0) return value;
      }
      return at(entries, entries.length - 1)[0];
    },
    chance: (probability) => next() < probability,
    shuffle,
    sample: (items, count) => shuffle(items).slice(0, Math.max(0, count)),
  };
}

/**
 * Weighted index picker over many weights (cumulative sums + binary search), for picking among
 * thousands of organisations many times.
 */
export function createWeightedIndex(weights: readonly number[]): (random: Random) => number {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((weight, i) => {
    total += Math.max(0, weight);
    cumulative[i] = total;
  });
  if (total <= 0) throw new RangeError('weighted index without weight');
  return (random) => {
    const roll = random.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] ?? 0) > roll) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

const HEX_BYTES = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const hexByte = (value: number): string => HEX_BYTES[value & 255] ?? '00';
const hex8 = (value: number): string =>
  hexByte(value >>> 24) + hexByte(value >>> 16) + hexByte(value >>> 8) + hexByte(value);

export type IdSource = { next: () => string };

/**
 * Deterministic UUID-v4-shaped ids. The first 32 bits are a keyed bijection of (namespace, counter),
 * so ids from all sources of one seed are unique by construction (up to 256 namespaces of 2^24 ids);
 * the other bits come from the PRNG.
 */
export function createIdSource(seed: number, namespace: number): IdSource {
  if (namespace < 0 || namespace > 255) throw new RangeError('namespace must be 0..255');
  const key = deriveSeed(seed, 'id-key');
  const random = createRandom(deriveSeed(seed, 'id-bits', namespace));
  let counter = 0;
  return {
    next: () => {
      if (counter >= 0x1000000) throw new RangeError('id source exhausted');
      const unique = mix32((((namespace << 24) | counter) ^ key) >>> 0);
      counter++;
      const r1 = hex8(random.uint32());
      const r2 = hex8(random.uint32());
      const r3 = hex8(random.uint32());
      const variant = '89ab'[random.uint32() & 3] ?? '8';
      // join() gives one flat string (a template literal would keep a rope of pieces alive per id).
      return [
        hex8(unique),
        '-',
        r1.slice(0, 4),
        '-4',
        r1.slice(5, 8),
        '-',
        variant,
        r2.slice(0, 3),
        '-',
        r2.slice(3, 8),
        r3.slice(0, 7),
      ].join('');
    },
  };
}
