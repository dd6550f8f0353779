import { describe, expect, it } from 'vitest';
import { QUICK_DUE_DATES, quickDueDate } from '@renderer/lib/quickDates';

describe('quickDueDate', () => {
  it.each([
    ['idag', '2026-11-22'],
    ['imorgon', '2026-11-23'],
    ['om2dagar', '2026-11-24'],
    ['om1vecka', '2026-11-29'],
    ['om2veckor', '2026-12-06'],
    ['om1manad', '2026-12-22'],
  ] as const)('%s from 2026-11-22 is %s', (pick, expected) => {
    expect(quickDueDate(pick, '2026-11-22')).toBe(expected);
  });

  it('crosses month and year ends, and clamps a month to its last day', () => {
    expect(quickDueDate('imorgon', '2026-12-31')).toBe('2027-01-01');
    expect(quickDueDate('om1manad', '2027-01-31')).toBe('2027-02-28');
    expect(quickDueDate('om1vecka', '2028-02-25')).toBe('2028-03-03');
  });

  it('has a label for every pick', () => {
    expect(QUICK_DUE_DATES).toHaveLength(6);
  });
});
