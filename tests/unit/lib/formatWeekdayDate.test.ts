import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatWeekdayDate, resetClock, setClock, setDateLanguage } from '@renderer/lib/dates';

beforeEach(() => setClock(() => new Date('2026-11-23T10:00:00')));
afterEach(() => {
  resetClock();
  setDateLanguage('sv');
});

describe('formatWeekdayDate', () => {
  it('spells out the weekday and month in Swedish, without the year in this year', () => {
    expect(formatWeekdayDate('2026-11-27')).toBe('fredag 27 november');
    expect(formatWeekdayDate('2026-04-07')).toBe('tisdag 7 april');
  });

  it('adds the year for another year', () => {
    expect(formatWeekdayDate('2027-01-04')).toBe('måndag 4 januari 2027');
  });

  it('follows the chosen language', () => {
    setDateLanguage('en');
    expect(formatWeekdayDate('2026-11-27')).toBe('Friday 27 November');
  });
});
