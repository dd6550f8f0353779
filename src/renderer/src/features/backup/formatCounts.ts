import type { TFunction } from 'i18next';
import { formatNumber } from '../../i18n/i18n';

/** "62 organisationer, 118 samtal": the tables that have rows, in the database's order. */
export function formatCounts(counts: Record<string, number>, t: TFunction): string {
  return Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([table, count]) => `${formatNumber(count)} ${tableLabel(table, t)}`)
    .join(', ');
}

/** A table's Swedish name; a table this version has no name for shows as itself. */
export function tableLabel(table: string, t: TFunction): string {
  const key = `backup.tables.${table}`;
  return t(key as 'backup.tables.calls', { defaultValue: table });
}
