/**
 * Swedish public holidays (röda dagar) and the days offices are closed in practice
 * (midsommarafton, julafton, nyårsafton), computed for any year. Pure: dates are ISO
 * calendar days ("2026-04-03"), computed in UTC so no time zone can move a day.
 */

export const SWEDISH_HOLIDAYS = [
  'nyarsdagen',
  'trettondedagJul',
  'langfredagen',
  'paskdagen',
  'annandagPask',
  'forstaMaj',
  'kristiHimmelsfardsdag',
  'pingstdagen',
  'nationaldagen',
  'midsommarafton',
  'midsommardagen',
  'allaHelgonsDag',
  'julafton',
  'juldagen',
  'annandagJul',
  'nyarsafton',
] as const;
export type SwedishHoliday = (typeof SWEDISH_HOLIDAYS)[number];

/** Why a day is not a working day: a weekend day or a holiday (a holiday wins). */
export type DayOff = { kind: 'saturday' | 'sunday' } | { kind: 'holiday'; holiday: SwedishHoliday };

const DAY_MS = 86_400_000;

function utcDay(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function fromIso(iso: string): Date {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return utcDay(year, month, day);
}

function plusDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** The first date from `from` (inclusive) that falls on `weekday` (0 = Sunday … 6 = Saturday). */
function firstWeekdayFrom(from: Date, weekday: number): Date {
  return plusDays(from, (weekday - from.getUTCDay() + 7) % 7);
}

/** Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return toIso(utcDay(year, month, day));
}

/** Every holiday of a year with its date, in calendar order. */
export function swedishHolidaysOf(year: number): { date: string; holiday: SwedishHoliday }[] {
  const easter = fromIso(easterSunday(year));
  const dates: Record<SwedishHoliday, Date> = {
    nyarsdagen: utcDay(year, 1, 1),
    trettondedagJul: utcDay(year, 1, 6),
    langfredagen: plusDays(easter, -2),
    paskdagen: easter,
    annandagPask: plusDays(easter, 1),
    forstaMaj: utcDay(year, 5, 1),
    kristiHimmelsfardsdag: plusDays(easter, 39),
    pingstdagen: plusDays(easter, 49),
    nationaldagen: utcDay(year, 6, 6),
    // Midsommardagen is the Saturday from 20 to 26 June; the eve is the Friday before.
    midsommarafton: firstWeekdayFrom(utcDay(year, 6, 19), 5),
    midsommardagen: firstWeekdayFrom(utcDay(year, 6, 20), 6),
    // Alla helgons dag is the Saturday from 31 October to 6 November.
    allaHelgonsDag: firstWeekdayFrom(utcDay(year, 10, 31), 6),
    julafton: utcDay(year, 12, 24),
    juldagen: utcDay(year, 12, 25),
    annandagJul: utcDay(year, 12, 26),
    nyarsafton: utcDay(year, 12, 31),
  };
  return SWEDISH_HOLIDAYS.map((holiday) => ({ date: toIso(dates[holiday]), holiday })).sort(
    (left, right) => left.date.localeCompare(right.date),
  );
}

const byYear = new Map<number, Map<string, SwedishHoliday>>();

/** The holiday on a date, or null. */
export function swedishHolidayOn(date: string): SwedishHoliday | null {
  const year = Number(date.slice(0, 4));
  let holidays = byYear.get(year);
  if (!holidays) {
    holidays = new Map(swedishHolidaysOf(year).map((entry) => [entry.date, entry.holiday]));
    byYear.set(year, holidays);
  }
  return holidays.get(date) ?? null;
}

/** Why navigators would not follow up on this date, or null for an ordinary working day. */
export function dayOffReason(date: string): DayOff | null {
  const holiday = swedishHolidayOn(date);
  if (holiday) return { kind: 'holiday', holiday };
  const weekday = fromIso(date).getUTCDay();
  if (weekday === 6) return { kind: 'saturday' };
  if (weekday === 0) return { kind: 'sunday' };
  return null;
}

/** The first working day after `date` (Friday → Monday; långfredagen → the Tuesday after Easter). */
export function nextWorkingDay(date: string): string {
  let day = plusDays(fromIso(date), 1);
  while (dayOffReason(toIso(day))) day = plusDays(day, 1);
  return toIso(day);
}

/** `date` itself when it is a working day, otherwise the next one. */
export function workingDayOnOrAfter(date: string): string {
  return dayOffReason(date) ? nextWorkingDay(date) : date;
}
