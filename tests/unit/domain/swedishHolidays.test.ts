import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayOffReason,
  easterSunday,
  nextWorkingDay,
  swedishHolidayOn,
  swedishHolidaysOf,
  workingDayOnOrAfter,
} from '@renderer/domain/swedishHolidays';

describe('easterSunday', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    // The computus' edges: the earliest and latest possible Easter.
    [1818, '1818-03-22'],
    [2285, '2285-03-22'],
    [2038, '2038-04-25'],
  ])('%i: %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });

  it('is always a Sunday from 22 March to 25 April', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1600, max: 3000 }), (year) => {
        const easter = easterSunday(year);
        expect(new Date(`${easter}T00:00:00Z`).getUTCDay()).toBe(0);
        expect(easter.slice(5) >= '03-22' && easter.slice(5) <= '04-25').toBe(true);
      }),
    );
  });
});

describe('swedishHolidaysOf', () => {
  // Checked against the Swedish almanac (röda dagar and de facto holidays).
  const known: Record<number, Record<string, string>> = {
    2025: {
      langfredagen: '2025-04-18',
      annandagPask: '2025-04-21',
      kristiHimmelsfardsdag: '2025-05-29',
      pingstdagen: '2025-06-08',
      midsommarafton: '2025-06-20',
      midsommardagen: '2025-06-21',
      allaHelgonsDag: '2025-11-01',
    },
    2026: {
      langfredagen: '2026-04-03',
      annandagPask: '2026-04-06',
      kristiHimmelsfardsdag: '2026-05-14',
      pingstdagen: '2026-05-24',
      midsommarafton: '2026-06-19',
      midsommardagen: '2026-06-20',
      allaHelgonsDag: '2026-10-31',
    },
    2027: {
      langfredagen: '2027-03-26',
      annandagPask: '2027-03-29',
      kristiHimmelsfardsdag: '2027-05-06',
      pingstdagen: '2027-05-16',
      midsommarafton: '2027-06-25',
      midsommardagen: '2027-06-26',
      allaHelgonsDag: '2027-11-06',
    },
    2028: {
      langfredagen: '2028-04-14',
      annandagPask: '2028-04-17',
      kristiHimmelsfardsdag: '2028-05-25',
      pingstdagen: '2028-06-04',
      midsommarafton: '2028-06-23',
      midsommardagen: '2028-06-24',
      allaHelgonsDag: '2028-11-04',
    },
  };

  it.each([2025, 2026, 2027, 2028])('moving holidays of %i', (year) => {
    const holidays = Object.fromEntries(
      swedishHolidaysOf(year).map((entry) => [entry.holiday, entry.date]),
    );
    expect(holidays).toMatchObject(known[year]!);
  });

  it.each([2025, 2026, 2027, 2028])('fixed holidays of %i', (year) => {
    const holidays = Object.fromEntries(
      swedishHolidaysOf(year).map((entry) => [entry.holiday, entry.date]),
    );
    expect(holidays).toMatchObject({
      nyarsdagen: `${year}-01-01`,
      trettondedagJul: `${year}-01-06`,
      forstaMaj: `${year}-05-01`,
      nationaldagen: `${year}-06-06`,
      julafton: `${year}-12-24`,
      juldagen: `${year}-12-25`,
      annandagJul: `${year}-12-26`,
      nyarsafton: `${year}-12-31`,
    });
  });

  it('lists sixteen days in calendar order', () => {
    const dates = swedishHolidaysOf(2026).map((entry) => entry.date);
    expect(dates).toHaveLength(16);
    expect([...dates].sort()).toEqual(dates);
  });
});

describe('dayOffReason and nextWorkingDay', () => {
  it('names weekends and holidays, and nothing for a working day', () => {
    expect(dayOffReason('2026-11-27')).toBeNull(); // a Friday
    expect(dayOffReason('2026-11-28')).toEqual({ kind: 'saturday' });
    expect(dayOffReason('2026-11-29')).toEqual({ kind: 'sunday' });
    expect(dayOffReason('2026-04-03')).toEqual({ kind: 'holiday', holiday: 'langfredagen' });
    // A holiday on a Saturday is named as the holiday.
    expect(dayOffReason('2026-06-20')).toEqual({ kind: 'holiday', holiday: 'midsommardagen' });
    expect(swedishHolidayOn('2026-06-19')).toBe('midsommarafton');
    expect(swedishHolidayOn('2026-06-18')).toBeNull();
  });

  it('moves to the next working day past weekends and holidays', () => {
    expect(nextWorkingDay('2026-11-27')).toBe('2026-11-30'); // Friday → Monday
    expect(nextWorkingDay('2026-11-28')).toBe('2026-11-30'); // Saturday → Monday
    expect(nextWorkingDay('2026-04-03')).toBe('2026-04-07'); // långfredagen → Tuesday after Easter
    expect(nextWorkingDay('2026-12-24')).toBe('2026-12-28'); // julafton → Monday after annandag
    expect(nextWorkingDay('2026-12-31')).toBe('2027-01-04'); // nyårsafton over a weekend
    expect(nextWorkingDay('2027-01-05')).toBe('2027-01-07'); // trettondedag jul on a Wednesday
    expect(workingDayOnOrAfter('2026-11-30')).toBe('2026-11-30');
    expect(workingDayOnOrAfter('2026-05-14')).toBe('2026-05-15'); // Kristi himmelsfärd
  });

  it('always lands on a working day within a week', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const next = nextWorkingDay(iso);
          expect(dayOffReason(next)).toBeNull();
          expect(next > iso).toBe(true);
          const gap = (Date.parse(next) - Date.parse(iso)) / 86_400_000;
          expect(gap).toBeLessThanOrEqual(5);
        },
      ),
    );
  });
});
