import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/db';
import { syncTables } from '../../sync/syncTables';
import { recordLabels } from './data/recordLabels';

export type RefusedChange = { key: string; label: string; reason: string };

/** Local changes the server refused: kept here, shown with the record's name and the reason. */
export function useRefusedChanges(): RefusedChange[] {
  const { t } = useTranslation();
  return (
    useLiveQuery(async () => {
      const entries = await syncTables(db)
        .outbox.filter((entry) => entry.refused !== null)
        .limit(100)
        .toArray();
      const labels = await recordLabels(entries);
      return entries.map((entry) => ({
        key: entry.key,
        label: `${t(`team.conflicts.record.${entry.table}`)} ${labels.get(entry.key) ?? entry.id}`,
        reason: entry.refused ?? '',
      }));
    }, [t]) ?? []
  );
}
