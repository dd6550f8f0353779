import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { exportInquiryIds, readInquiryRows } from './data/exportQueries';
import type { InquiryListQuery } from '../inquiries/data/inquiryQueries';
import {
  INQUIRY_COLUMNS,
  INQUIRY_DEFAULT_COLUMNS,
  type InquiryExportRow,
} from './model/inquiryColumns';
import { todayIso } from '../../lib/dates';
import { useSavedViews } from '../inquiries/list/useSavedViews';
import { ExportButton } from './ExportButton';
import { ExportDialog } from './ExportDialog';
import type { ExportSource } from './exportSource';

export type InquiryExportProps = {
  query: InquiryListQuery;
  /** The list's "only open"; the board shows every stage, so it exports them all. */
  openOnly: boolean;
  isBoard: boolean;
  /** The URL's search (normalised): names the file after the saved view it shows, if any. */
  search: string;
};

type InquiryExportDialogProps = InquiryExportProps & { onClose: () => void };

function InquiryExportDialog({
  query,
  openOnly,
  isBoard,
  search,
  onClose,
}: InquiryExportDialogProps) {
  const { t } = useTranslation();
  const { viewFor } = useSavedViews();
  const today = todayIso();
  const listQuery = isBoard ? { ...query, stage: '' as const } : query;
  const onlyOpen = !isBoard && openOnly;
  const ids = useLiveQuery(
    () => exportInquiryIds(listQuery, today, onlyOpen),
    [JSON.stringify(listQuery), today, onlyOpen],
  );
  const viewName = viewFor(search)?.name;
  // The saved view's name says it all; otherwise the stage and "open" say what was exported.
  const nameParts = viewName
    ? [viewName]
    : [
        listQuery.stage ? t(`inquiries.stages.${listQuery.stage}`) : '',
        onlyOpen ? t('exports.openOnlyPart') : '',
      ];
  const source: ExportSource<InquiryExportRow> = {
    listId: 'inquiries',
    nameParts,
    columns: INQUIRY_COLUMNS,
    defaultColumns: INQUIRY_DEFAULT_COLUMNS,
    count: ids?.length,
    readRows: (onProgress) => readInquiryRows(ids ?? [], onProgress),
  };
  return <ExportDialog source={source} onClose={onClose} />;
}

/** "Exportera" on Ärenden: the inquiries of the current filters or saved view, in the list's order. */
export function InquiryExport(props: InquiryExportProps) {
  return (
    <ExportButton
      listId="inquiries"
      renderDialog={(onClose) => <InquiryExportDialog {...props} onClose={onClose} />}
    />
  );
}
