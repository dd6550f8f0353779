import { format } from 'date-fns';
import type { Address } from '../entities';
import type { Random } from './random';
import { EMAIL_PROVIDERS, STREET_NAMES, type Place } from './swedishNames';

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
  const length = areaCode.length === 2 ? random.int(7, 8) : areaCode.length === 3 ? random.int(6, 7) : random.int(5, 6);
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
    .filter((word) => !['foreningen', 'i', 'ab', 'stiftelsen', 'ekonomisk', 'forening', 'och'].includes(word));
  const slug = words.join('').slice(0, 24) || 'forening';
  return `${slug}.se`;
}

export function personEmail(random: Random, firstName: string, surname: string, orgDomain: string): string {
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

export const isoTimestamp = (ms: number): string => new Date(ms).toISOString();

/** Calendar date `yyyy-MM-dd` in local time, as the app shows dates. */
export const isoDate = (ms: number): string => format(new Date(ms), 'yyyy-MM-dd');

export const clamp = (value: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, value));

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
