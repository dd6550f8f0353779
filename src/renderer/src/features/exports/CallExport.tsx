import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { exportCallIds, readCallRows } from './data/exportQueries';
import { CALL_COLUMNS, CALL_DEFAULT_COLUMNS, type CallExportRow } from './model/callColumns';
import { dayBoundsIso } from '../../lib/dates';
import type { CallFilterValues } from '../calls/list/useCallList';
import { ExportButton } from './ExportButton';
import { ExportDialog } from './ExportDialog';
import type { ExportSource } from './exportSource';

export type CallExportProps = { filters: CallFilterValues };

/** The calls of the list's period and filters, newest first, as the Samtal list queries them. */
function CallExportDialog({ filters, onClose }: CallExportProps & { onClose: () => void }) {
  const { t } = useTranslation();
  const fromIso = dayBoundsIso(filters.from).start;
  const toIso = dayBoundsIso(filters.to).end;
  const { navigatorId, organisationId, direction, outcome } = filters;
  const ids = useLiveQuery(
    () => exportCallIds({ fromIso, toIso, navigatorId, organisationId, direction, outcome }),
    [fromIso, toIso, navigatorId, organisationId, direction, outcome],
  );
  const source: ExportSource<CallExportRow> = {
    listId: 'calls',
    nameParts: [t('exports.periodPart', { from: filters.from, to: filters.to })],
    columns: CALL_COLUMNS,
    defaultColumns: CALL_DEFAULT_COLUMNS,
    count: ids?.length,
    readRows: (onProgress) => readCallRows(ids ?? [], onProgress),
  };
  return <ExportDialog source={source} onClose={onClose} />;
}

/** "Exportera" on Samtal. */
export function CallExport({ filters }: CallExportProps) {
  return (
    <ExportButton
      listId="calls"
      renderDialog={(onClose) => <CallExportDialog filters={filters} onClose={onClose} />}
    />
  );
}
