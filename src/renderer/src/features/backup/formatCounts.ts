import type { TFunction } from 'i18next';
import { formatNumber, i18n } from '../../i18n/i18n';

/** "62 organisationer, 1 inställning": the tables that have rows, in the database's order. */
export function formatCounts(counts: Record<string, number>, t: TFunction): string {
  return countPhrases(counts, t)
    .map(({ text }) => text)
    .join(', ');
}

/** One counted phrase per table with rows ("1 import", "12 händelser i loggen"). */
export function countPhrases(
  counts: Record<string, number>,
  t: TFunction,
): { table: string; text: string }[] {
  return Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([table, count]) => ({ table, text: countPhrase(table, count, t) }));
}

/** A count with the table's Swedish word in singular or plural; an unknown table is named as such. */
export function countPhrase(table: string, count: number, t: TFunction): string {
  const options = { count, number: formatNumber(count), table };
  const key = `backup.counted.${table}`;
  if (!i18n.exists(`${key}_other`)) return t('backup.counted.unknownTable', options);
  return t(key as 'backup.counted.calls', options);
}

/** A table's Swedish name; a table this version has no name for shows as itself. */
export function tableLabel(table: string, t: TFunction): string {
  const key = `backup.tables.${table}`;
  return t(key as 'backup.tables.calls', { defaultValue: table });
}
