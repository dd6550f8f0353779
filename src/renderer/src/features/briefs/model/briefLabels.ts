import type { briefDocSv } from '../../../i18n/parts/briefsSv';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** The words of a brief document, in the user's language (see i18n/parts/briefsSv.ts). */
export type BriefLabels = Strings<typeof briefDocSv>;

/** How numbers and dates are written in the document (Swedish by default; injected so tests are stable). */
export type BriefFormat = {
  /** A calendar date or a timestamp → "22 nov. 2026". */
  date: (iso: string) => string;
  number: (value: number) => string;
  /** A timestamp → its local calendar date "2026-11-22". */
  localDate: (iso: string) => string;
  /** "2026-11" → "nov. 2026". */
  month: (monthKey: string) => string;
};

/** Fills `{{name}}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

export function moneyText(labels: BriefLabels, format: BriefFormat, value: number | null): string {
  return value === null ? labels.none : fill(labels.money, { amount: format.number(value) });
}
