import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { exportFollowUps, exportLookups } from './data/exportQueries';
import {
  FOLLOW_UP_COLUMNS,
  FOLLOW_UP_DEFAULT_COLUMNS,
  type FollowUpExportRow,
} from './model/followUpColumns';
import { addDaysIso } from '../../lib/dates';
import { WEEK_DAYS } from '../followUps/useDueFollowUps';
import { useReadySession } from '../../session/SessionContext';
import { ExportButton } from './ExportButton';
import { ExportDialog } from './ExportDialog';
import type { ExportSource } from './exportSource';

export type FollowUpExportProps = {
  /** Whose follow-ups "Idag" shows; null for everyone's. */
  navigatorId: string | null;
  today: string;
};

/** Whose follow-ups, as "Idag" names the choice ("Mina", "Alla", a navigator's name). */
function useScopeName(navigatorId: string | null): string {
  const { t } = useTranslation();
  const { navigator } = useReadySession();
  const names = useLiveQuery(exportLookups, [])?.navigatorNames;
  if (navigatorId === null) return t('today.scopeAll');
  if (navigatorId === navigator.id) return t('today.scopeMine');
  return names?.get(navigatorId) ?? '';
}

/** The follow-ups "Idag" shows: overdue, today and the coming week, oldest first. */
function FollowUpExportDialog({
  navigatorId,
  today,
  onClose,
}: FollowUpExportProps & { onClose: () => void }) {
  const scopeName = useScopeName(navigatorId);
  const until = addDaysIso(today, WEEK_DAYS);
  const followUps = useLiveQuery(() => exportFollowUps(navigatorId, until), [navigatorId, until]);
  const source: ExportSource<FollowUpExportRow> = {
    listId: 'followUps',
    nameParts: [scopeName],
    columns: FOLLOW_UP_COLUMNS,
    defaultColumns: FOLLOW_UP_DEFAULT_COLUMNS,
    count: followUps?.length,
    readRows: async (onProgress) => {
      const rows = followUps ?? [];
      onProgress(rows.length, rows.length);
      return rows;
    },
  };
  return <ExportDialog source={source} onClose={onClose} />;
}

/** "Exportera" on Idag. */
export function FollowUpExport(props: FollowUpExportProps) {
  return (
    <ExportButton
      listId="followUps"
      renderDialog={(onClose) => <FollowUpExportDialog {...props} onClose={onClose} />}
    />
  );
}
