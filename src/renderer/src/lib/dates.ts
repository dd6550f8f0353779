import { format, formatDistanceStrict, parseISO } from 'date-fns';
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
