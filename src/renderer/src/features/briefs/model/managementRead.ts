import type { BriefPeriod } from './briefData';

/**
 * How the management summary reads its inquiries. A period that spans much of the history is read
 * as the whole table: one read of the table beats reading most of it row by row through an index
 * (measured on the stress data). Either way the figures are the same (see managementFigures).
 */
export const WHOLE_TABLE_SHARE = 0.4;

const dayNumber = (date: string) => Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 86_400_000;

/** True when the period covers at least WHOLE_TABLE_SHARE of the days from the first intake to today. */
export function spansMostOfHistory(
  period: Pick<BriefPeriod, 'start' | 'end'>,
  oldestReceivedAt: string | undefined,
  today: string,
): boolean {
  if (oldestReceivedAt === undefined) return true;
  const first = dayNumber(oldestReceivedAt);
  const last = dayNumber(today);
  const covered =
    Math.min(dayNumber(period.end), last) - Math.max(dayNumber(period.start), first) + 1;
  return covered >= (last - first + 1) * WHOLE_TABLE_SHARE;
}
