/**
 * Local calendar dates and times from stored ISO timestamps, for files: what the user saw on the
 * screen, not UTC. Plain Date getters (local time zone), so this stays free of libraries.
 */

const pad = (value: number) => String(value).padStart(2, '0');

/** "2026-11-22" for a timestamp (local day); a calendar date is returned as it is. */
export function localDateOf(iso: string | null): string | null {
  if (!iso) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "2026-11-22 14:05" for a timestamp, in local time. */
export function localDateTimeOf(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return `${localDateOf(iso) ?? ''} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * A local date or date-time string as a Date whose UTC fields are those wall-clock values: Excel
 * cells have no time zone, and exceljs writes a Date's UTC fields.
 */
export function wallClockDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?$/.exec(value);
  if (!match) return null;
  const [, year, month, day, hours = '0', minutes = '0'] = match;
  return new Date(
    Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hours), Number(minutes)),
  );
}
