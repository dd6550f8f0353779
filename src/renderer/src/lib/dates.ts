import {
  addDays,
  addMonths,
  endOfDay,
  format,
  formatDistanceStrict,
  isValid,
  parse,
  parseISO,
  startOfDay,
} from 'date-fns';
import { enGB, sv } from 'date-fns/locale';

/** The only date-fns importer. "Now" is injectable so tests and the generator are stable. */

let clock: () => Date = () => new Date();

export function setClock(now: () => Date): void {
  clock = now;
}

export function resetClock(): void {
  clock = () => new Date();
}

export function now(): Date {
  return clock();
}

export function nowIso(): string {
  return clock().toISOString();
}

export type DateLanguage = 'sv' | 'en';
let language: DateLanguage = 'sv';

export function setDateLanguage(next: DateLanguage): void {
  language = next;
}

const locale = () => (language === 'sv' ? sv : enGB);

/** "22 nov. 2026" */
export function formatDate(iso: string): string {
  return format(parseISO(iso), 'd MMM yyyy', { locale: locale() });
}

/** "22 nov. 2026 14:05" */
export function formatDateTime(iso: string): string {
  return format(parseISO(iso), 'd MMM yyyy HH:mm', { locale: locale() });
}

/** ISO calendar date, as used in files leaving the app: "2026-11-22". */
export function isoDate(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

/** "för 3 dagar sedan" / "3 days ago". */
export function formatRelative(iso: string): string {
  return formatDistanceStrict(parseISO(iso), clock(), { locale: locale(), addSuffix: true });
}

/** "2026-11-22T14:05" for a datetime-local input, in local time. */
export function isoToLocalInput(iso: string): string {
  return format(parseISO(iso), "yyyy-MM-dd'T'HH:mm");
}

/** A datetime-local input's value back to an ISO timestamp; null when it is not a real time. */
export function localInputToIso(value: string): string | null {
  const date = parse(value, "yyyy-MM-dd'T'HH:mm", new Date());
  return isValid(date) ? date.toISOString() : null;
}

/** True for a real calendar date written yyyy-MM-dd. */
export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isValid(parse(value, 'yyyy-MM-dd', new Date()));
}

export function todayIso(): string {
  return isoDate(clock());
}

export function addDaysIso(date: string, days: number): string {
  return isoDate(addDays(parse(date, 'yyyy-MM-dd', new Date()), days));
}

export function addMonthsIso(date: string, months: number): string {
  return isoDate(addMonths(parse(date, 'yyyy-MM-dd', new Date()), months));
}

/** "mån 23 nov." — a due date as navigators read it. */
export function formatDueDate(date: string): string {
  return format(parse(date, 'yyyy-MM-dd', new Date()), 'EEE d MMM', { locale: locale() });
}

/** "fredag 27 november" (the year added when it is not this year): a follow-up date in a sentence. */
export function formatWeekdayDate(date: string): string {
  const day = parse(date, 'yyyy-MM-dd', new Date());
  const pattern = day.getFullYear() === clock().getFullYear() ? 'EEEE d MMMM' : 'EEEE d MMMM yyyy';
  return format(day, pattern, { locale: locale() });
}

/** The first and last instants of a local calendar day, as ISO timestamps (for range queries). */
export function dayBoundsIso(date: string): { start: string; end: string } {
  const day = parse(date, 'yyyy-MM-dd', new Date());
  return { start: startOfDay(day).toISOString(), end: endOfDay(day).toISOString() };
}
