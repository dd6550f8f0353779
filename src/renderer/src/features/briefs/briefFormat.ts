import type { BriefFormat } from './model/briefLabels';
import { formatNumber } from '../../i18n/i18n';
import { formatDate, isoDate } from '../../lib/dates';

/** Dates and numbers inside a brief, written the way the rest of the app writes them. */
export function createBriefFormat(language: 'sv' | 'en'): BriefFormat {
  const monthFormat = new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    month: 'short',
    year: 'numeric',
  });
  return {
    date: (iso) => formatDate(iso),
    number: (value) => formatNumber(value),
    localDate: (iso) => isoDate(new Date(iso)),
    month: (key) =>
      monthFormat.format(new Date(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, 1)),
  };
}
