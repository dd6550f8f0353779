import type { Address } from '../../domain/entities';
import type { Random } from './random';
import { EMAIL_PROVIDERS } from './swedishNames';
import { STREET_NAMES, type Place } from './swedishPlaces';

/** Formatting helpers for generated values: phone numbers, e-mail, addresses and dates. */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const YEAR = 365.25 * DAY;

/** Lowercase ASCII: å/ä → a, ö → o, é → e…, other characters dropped or replaced by `separator`. */
export function asciiSlug(text: string, separator = ''): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0)
    .join(separator);
}

const digits = (random: Random, count: number): string => {
  let out = String(random.int(1, 9));
  for (let i = 1; i < count; i++) out += String(random.int(0, 9));
  return out;
};

/** Groups digits Swedish style from the right: "1234567" → "123 45 67", "123456" → "12 34 56". */
function groupDigits(number: string): string {
  const groups: string[] = [];
  let rest = number;
  while (rest.length > 3) {
    groups.unshift(rest.slice(-2));
    rest = rest.slice(0, -2);
  }
  groups.unshift(rest);
  return groups.join(' ');
}

/** A landline number in the area: "031-12 34 56", "08-123 45 67", "0920-123 45". */
export function landlinePhone(random: Random, areaCode: string): string {
  const length =
    areaCode.length === 2
      ? random.int(7, 8)
      : areaCode.length === 3
        ? random.int(6, 7)
        : random.int(5, 6);
  return `${areaCode}-${groupDigits(digits(random, length))}`;
}

/** A mobile number: "070-123 45 67". */
export function mobilePhone(random: Random): string {
  return `07${random.pick(['0', '2', '3', '6', '9'])}-${groupDigits(digits(random, 7))}`;
}

/** The short web domain of an organisation name ("Föreningen Gläntan Angered" → "glantanangered.se"). */
export function organisationDomain(name: string): string {
  const words = asciiSlug(name, ' ')
    .split(' ')
    .filter(
      (word) =>
        !['foreningen', 'i', 'ab', 'stiftelsen', 'ekonomisk', 'forening', 'och'].includes(word),
    );
  const slug = words.join('').slice(0, 24) || 'forening';
  return `${slug}.se`;
}

export function personEmail(
  random: Random,
  firstName: string,
  surname: string,
  orgDomain: string,
): string {
  const first = asciiSlug(firstName);
  const last = asciiSlug(surname);
  const domain = random.chance(0.45) ? orgDomain : random.pick(EMAIL_PROVIDERS);
  const local = random.weighted<string>([
    [`${first}.${last}`, 6],
    [`${first}${last}${random.int(1, 99)}`, 2],
    [`${first.slice(0, 1)}${last}`, 2],
  ]);
  return `${local}@${domain}`;
}

export function streetAddress(random: Random, place: Place): Address {
  const letter = random.chance(0.15) ? ` ${random.pick(['A', 'B', 'C'])}` : '';
  return {
    street: `${random.pick(STREET_NAMES)} ${random.int(1, 120)}${letter}`,
    postalCode: `${place.postalPrefix} ${String(random.int(10, 99))}`,
    city: place.city,
  };
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const pad3 = (n: number): string => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : String(n));

/** Year, month (1–12) and day of a count of days since 1970-01-01 (proleptic Gregorian). */
function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** `yyyy-MM-dd` parts; callers join them, which gives one flat string instead of a rope of pieces. */
const ymdParts = (days: number): string[] => {
  const [year, month, day] = civilFromDays(days);
  return [String(year), '-', pad2(month), '-', pad2(day)];
};

/**
 * `Date#toISOString` for years 1000–9999, several times faster and as a flat string (it runs for
 * every row of a 200 000-call data set). Fractions of a millisecond are dropped, as `new Date(ms)` does.
 */
export function isoTimestamp(ms: number): string {
  const whole = Math.floor(ms);
  const days = Math.floor(whole / DAY);
  let rest = whole - days * DAY;
  const hours = Math.floor(rest / HOUR);
  rest -= hours * HOUR;
  const minutes = Math.floor(rest / MINUTE);
  rest -= minutes * MINUTE;
  const seconds = Math.floor(rest / 1000);
  const parts = ymdParts(days);
  parts.push(
    'T',
    pad2(hours),
    ':',
    pad2(minutes),
    ':',
    pad2(seconds),
    '.',
    pad3(rest - seconds * 1000),
    'Z',
  );
  return parts.join('');
}

/** Calendar date `yyyy-MM-dd` in local time, as the app shows dates (same as date-fns format). */
export function isoDate(ms: number): string {
  const local = Math.floor(ms) - new Date(ms).getTimezoneOffset() * MINUTE;
  return ymdParts(Math.floor(local / DAY)).join('');
}

export const clamp = (value: number, lo: number, hi: number): number =>
  Math.min(hi, Math.max(lo, value));

/**
 * Moves a moment to office hours on a weekday (08–17 local time, Saturday/Sunday → Monday), then
 * keeps it within [lo, hi].
 */
export function officeHours(random: Random, ms: number, lo: number, hi: number): number {
  const date = new Date(ms);
  const weekday = date.getDay();
  if (weekday === 6) date.setDate(date.getDate() + 2);
  if (weekday === 0) date.setDate(date.getDate() + 1);
  date.setHours(random.int(8, 16), random.int(0, 59), random.int(0, 59), random.int(0, 999));
  const moved = date.getTime();
  if (moved > hi) return Math.max(lo, hi - random.int(1, 90) * MINUTE);
  return clamp(moved, lo, hi);
}

/** A moment `ago` before `now` where recent moments are denser: density falls linearly with age. */
export function recentWeighted(random: Random, now: number, span: number): number {
  const age = random.chance(0.2) ? random.next() : 1 - Math.sqrt(random.next());
  return now - age * span;
}
