import { describe, expect, it } from 'vitest';
import {
  nameSimilarity,
  SIMILAR_NAME_THRESHOLD,
} from '@renderer/features/organisations/model/nameSimilarity';

describe('nameSimilarity', () => {
  it.each([
    ['Cykelkooperativet Hisingen', 'cykelkooperativet hisingen'],
    ['Föreningen Läxhjälpen Angered', 'Laxhjalpen Angered'],
    ['Stiftelsen Gröna Gården', 'Stiftelsen Gröna Gårdn'],
  ])('%s ≈ %s', (a, b) => {
    expect(nameSimilarity(a, b)).toBeGreaterThanOrEqual(SIMILAR_NAME_THRESHOLD);
  });

  it.each([
    ['Cykelkooperativet Hisingen', 'Cykelkooperativet Angered'],
    ['Föreningen Läxhjälpen', 'Föreningen Språkcafé'],
  ])('%s ≠ %s', (a, b) => {
    expect(nameSimilarity(a, b)).toBeLessThan(SIMILAR_NAME_THRESHOLD);
  });
});
