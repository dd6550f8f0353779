import { describe, expect, it } from 'vitest';
import {
  foldSwedish,
  searchWordsOf,
  swedishCollator,
  swedishSortKey,
} from '@renderer/domain/swedishText';

const NAMES = [
  'Örebro Läxhjälp',
  'Ängens förening',
  'Åkerby kooperativ',
  'Zebra IF',
  'ankaret',
  'Ankaret Två',
  'Émigré-föreningen',
  'Eken',
  'Müllers stiftelse',
  'Yngve IK',
  'Östra Cykel',
  'ärlig ek. förening',
  'Bo',
  'Ångermanland',
  'Öberg AB',
  'Zäta',
];

describe('swedishSortKey', () => {
  it('orders like Intl.Collator("sv"): a–z, then å, ä, ö', () => {
    const byKey = [...NAMES].sort((a, b) => (swedishSortKey(a) < swedishSortKey(b) ? -1 : 1));
    const byCollator = [...NAMES].sort((a, b) => swedishCollator.compare(a, b));
    expect(byKey).toEqual(byCollator);
    expect(byKey.slice(-7)).toEqual([
      'Åkerby kooperativ',
      'Ångermanland',
      'Ängens förening',
      'ärlig ek. förening',
      'Öberg AB',
      'Örebro Läxhjälp',
      'Östra Cykel',
    ]);
  });

  it('puts Z before Å', () => {
    expect(swedishSortKey('Zebra') < swedishSortKey('Åsa')).toBe(true);
    expect(swedishSortKey('Åsa') < swedishSortKey('Äppel')).toBe(true);
    expect(swedishSortKey('Äppel') < swedishSortKey('Öl')).toBe(true);
  });
});

describe('search words', () => {
  it('folds å ä ö to a a o for the fallback', () => {
    expect(foldSwedish('Hälsa på Åland, Örebro')).toBe('halsa pa aland, orebro');
  });

  it('indexes exact and folded words', () => {
    expect(searchWordsOf('Föreningen Malmö')).toEqual([
      'föreningen',
      'foreningen',
      'malmö',
      'malmo',
    ]);
    expect(searchWordsOf('Café Zeta')).toEqual(['cafe', 'zeta']);
  });
});
