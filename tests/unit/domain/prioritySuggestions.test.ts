import { describe, expect, it } from 'vitest';
import { DEFAULT_PRIORITY_AREAS } from '@renderer/domain/defaults';
import {
  suggestPriorityAreas,
  wordMatchesStem,
  type PrioritySuggestion,
  type SuggestibleArea,
} from '@renderer/features/inquiries/model/prioritySuggestions';

const AREAS: SuggestibleArea[] = DEFAULT_PRIORITY_AREAS.map((area) => ({
  ...area,
  isActive: true,
}));

function area(id: string, keywords: string[], isActive = true): SuggestibleArea {
  return { id, name: id, keywords, isActive };
}

describe('suggestPriorityAreas with the default areas', () => {
  it.each<[string, PrioritySuggestion[]]>([
    [
      'Cykelkooperativet vill leverera mat till äldre i hemtjänsten',
      [
        {
          areaId: 'pa-halsa',
          score: 3,
          matches: [
            { keyword: 'cykel', word: 'cykelkooperativet' },
            { keyword: 'mat', word: 'mat' },
            { keyword: 'äldre', word: 'äldre' },
          ],
        },
        {
          areaId: 'pa-arbete',
          score: 1,
          matches: [{ keyword: 'kooperativ', word: 'cykelkooperativet' }],
        },
      ],
    ],
    [
      'Läxhjälp och språkcafé för nyanlända barn och deras föräldrar',
      [
        {
          areaId: 'pa-barn',
          score: 2,
          matches: [
            { keyword: 'läxhjälp', word: 'läxhjälp' },
            { keyword: 'barn', word: 'barn' },
          ],
        },
        { areaId: 'pa-utbildning', score: 1, matches: [{ keyword: 'språk', word: 'språkcafe' }] },
      ],
    ],
    [
      // A tie (one keyword, one word each) keeps the configured area order.
      'Arbetsträning för unga vuxna i vårt café',
      [
        { areaId: 'pa-barn', score: 1, matches: [{ keyword: 'unga', word: 'unga' }] },
        {
          areaId: 'pa-arbete',
          score: 1,
          matches: [{ keyword: 'arbetsträn', word: 'arbetsträning' }],
        },
      ],
    ],
    [
      // One compound word can carry two keywords; equal scores keep the configured area order.
      'FÖRSKOLEBARN i rörelse',
      [
        {
          areaId: 'pa-barn',
          score: 2,
          matches: [
            { keyword: 'barn', word: 'förskolebarn' },
            { keyword: 'förskol', word: 'förskolebarn' },
          ],
        },
        { areaId: 'pa-utbildning', score: 1, matches: [{ keyword: 'skol', word: 'förskolebarn' }] },
        { areaId: 'pa-halsa', score: 1, matches: [{ keyword: 'rörelse', word: 'rörelse' }] },
      ],
    ],
    [
      'Motverka ohälsa och otrygghet bland nyföretagare',
      [
        {
          areaId: 'pa-halsa',
          score: 2,
          matches: [
            { keyword: 'hälsa', word: 'ohälsa' },
            { keyword: 'trygg', word: 'otrygghet' },
          ],
        },
        { areaId: 'pa-arbete', score: 1, matches: [{ keyword: 'företag', word: 'nyföretagare' }] },
      ],
    ],
  ])('%s', (text, expected) => {
    expect(suggestPriorityAreas(text, AREAS)).toEqual(expected);
  });

  it.each([
    [''],
    ['   ,.;  '],
    ['Vi säljer begagnade datorer och skrivare till kontor.'],
    ['Ett samarbete om relevanta tomater i bläckfiskens akvarium'],
    ['Föreningen hyr ut lokalen på kvällar och helger'],
  ])('suggests nothing for %j', (text) => {
    expect(suggestPriorityAreas(text, AREAS)).toEqual([]);
  });
});

describe('suggestPriorityAreas rules', () => {
  it('ignores inactive areas', () => {
    const areas = [area('a', ['barn'], false), area('b', ['barn'])];
    expect(suggestPriorityAreas('barn', areas).map((s) => s.areaId)).toEqual(['b']);
  });

  it('ranks by distinct keywords, then matched words, then area order', () => {
    const areas = [
      area('one-word', ['skol']),
      area('two-words', ['barn']),
      area('two-keywords', ['barn', 'familj']),
      area('also-one-word', ['skolgård']),
    ];
    const result = suggestPriorityAreas('Barnen och barnfamiljer på skolgården', areas);
    expect(result.map((s) => [s.areaId, s.score])).toEqual([
      ['two-keywords', 2],
      ['two-words', 1],
      ['one-word', 1],
      ['also-one-word', 1],
    ]);
  });

  it('counts a keyword once however often it matches, but shows each word', () => {
    const [suggestion] = suggestPriorityAreas('barn, barn och barnen', [area('a', ['barn'])]);
    expect(suggestion).toEqual({
      areaId: 'a',
      score: 1,
      matches: [
        { keyword: 'barn', word: 'barn' },
        { keyword: 'barn', word: 'barnen' },
      ],
    });
  });

  it('normalises configured keywords: case, spaces, duplicates, accents other than åäö', () => {
    const areas = [area('a', [' Café ', 'cafe', 'BARN', ''])];
    expect(suggestPriorityAreas('Kafé? Nej, ett café för barn.', areas)).toEqual([
      {
        areaId: 'a',
        score: 2,
        matches: [
          { keyword: 'Café', word: 'cafe' },
          { keyword: 'BARN', word: 'barn' },
        ],
      },
    ]);
  });

  it('matches a keyword of several words as consecutive words', () => {
    const areas = [area('a', ['social ekonomi'])];
    expect(suggestPriorityAreas('Inom den sociala ekonomin', areas)).toEqual([
      { areaId: 'a', score: 1, matches: [{ keyword: 'social ekonomi', word: 'sociala ekonomin' }] },
    ]);
    expect(suggestPriorityAreas('Social och ekonomisk hållbarhet', areas)).toEqual([]);
  });
});

describe('wordMatchesStem', () => {
  it.each<[string, string, boolean]>([
    // Word start, any stem length.
    ['förskolan', 'förskol', true],
    ['förskolebarn', 'förskol', true],
    ['mat', 'mat', true],
    ['läxhjälp', 'läx', true],
    ['ungdomsgrupp', 'ungdom', true],
    // Compound part: stems of 4+ letters.
    ['äldreomsorg', 'omsorg', true],
    ['cykelkooperativet', 'kooperativ', true],
    ['småbarnsföräldrar', 'barn', true],
    ['ohälsa', 'hälsa', true],
    ['nyföretagare', 'företag', true],
    // Stem length boundary for compound parts: 3 letters (limit - 1) never inside a word.
    ['tomater', 'mat', false],
    ['bläster', 'läs', false],
    ['kurs', 'kurs', true],
    ['språkkurs', 'kurs', true],
    // Heads that are not compound parts.
    ['relevant', 'elev', false],
    ['samarbete', 'arbete', false],
    ['föräldrasamarbetet', 'arbete', false],
    ['ungdomsarbete', 'arbete', true],
    // Not a match at all.
    ['äldre', 'äldreomsorg', false],
    ['barn', '', false],
  ])('%s ~ %s → %s', (word, stem, expected) => {
    expect(wordMatchesStem(word, stem)).toBe(expected);
  });
});
