/**
 * Dates as they appear in Swedish spreadsheets: 2024-03-05, 20240305, 5/3/2024 (day first),
 * 05.03.2024, 5 mars 2024 (or "5 mar. 2024"), each optionally followed by a time "14:30".
 */

const MONTHS: Record<string, number> = {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  mars: 3,
  mar: 3,
  april: 4,
  apr: 4,
  maj: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  augusti: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

export type DateParts = { year: number; month: number; day: number; hour: number; minute: number };

const pad = (n: number) => String(n).padStart(2, '0');

function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function splitTime(text: string): { datePart: string; hour: number; minute: number } | null {
  const match = /^(.*?)(?:[ T]+(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?)?$/.exec(text.trim());
  if (!match) return null;
  const hour = match[2] === undefined ? 0 : Number(match[2]);
  const minute = match[3] === undefined ? 0 : Number(match[3]);
  if (hour > 23 || minute > 59) return null;
  return { datePart: (match[1] ?? '').trim(), hour, minute };
}

function dayMonthYear(datePart: string): [number, number, number] | null {
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(datePart);
  if (match) return [Number(match[1]), Number(match[2]), Number(match[3])];
  match = /^(\d{4})(\d{2})(\d{2})$/.exec(datePart);
  if (match) return [Number(match[1]), Number(match[2]), Number(match[3])];
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(datePart);
  if (match) return [Number(match[3]), Number(match[2]), Number(match[1])];
  match = /^(\d{1,2})\s+([a-zåäö]+)\.?\s+(\d{4})$/i.exec(datePart);
  if (match) {
    const month = MONTHS[(match[2] ?? '').toLocaleLowerCase('sv-SE')];
    if (month !== undefined) return [Number(match[3]), month, Number(match[1])];
  }
  return null;
}

/** The parts of a written date (and time); null when it is not a real date. */
export function parseSwedishDateParts(text: string): DateParts | null {
  const split = splitTime(text);
  if (!split) return null;
  const parts = dayMonthYear(split.datePart);
  if (!parts) return null;
  const [year, month, day] = parts;
  if (!isRealDate(year, month, day)) return null;
  return { year, month, day, hour: split.hour, minute: split.minute };
}

/** A written date as `yyyy-MM-dd`, or null. */
export function parseSwedishDate(text: string): string | null {
  const parts = parseSwedishDateParts(text);
  return parts ? `${parts.year}-${pad(parts.month)}-${pad(parts.day)}` : null;
}

/** A written date and time (local time; midday when no time is given) as an ISO timestamp, or null. */
export function parseSwedishTimestamp(text: string): string | null {
  const parts = parseSwedishDateParts(text);
  if (!parts) return null;
  const hasTime = parts.hour !== 0 || parts.minute !== 0;
  const local = new Date(
    parts.year,
    parts.month - 1,
    parts.day,
    hasTime ? parts.hour : 12,
    hasTime ? parts.minute : 0,
  );
  return local.toISOString();
}
