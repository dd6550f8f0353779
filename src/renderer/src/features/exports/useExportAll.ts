import { useTranslation } from 'react-i18next';
import type { TaskState } from '../../app/slices/taskSlice';
import { readEverything, EXPORT_ALL_TABLES, type ExportAllTable } from './data/exportAll';
import { CALL_COLUMNS } from './model/callColumns';
import { CONTACT_PERSON_COLUMNS } from './model/contactPersonColumns';
import { exportFileName } from './model/exportFileName';
import type { ExportLabels } from './model/exportLabels';
import { lazyExportSheet, type ExportColumn } from './model/exportTable';
import { FOLLOW_UP_COLUMNS } from './model/followUpColumns';
import { INQUIRY_COLUMNS } from './model/inquiryColumns';
import { ORGANISATION_COLUMNS } from './model/organisationColumns';
import { sheetsNeeded, toXlsx, XLSX_MAX_ROWS } from './model/xlsxExport';
import { formatNumber } from '../../i18n/i18n';
import { todayIso } from '../../lib/dates';
import { platform } from '../../lib/platform';
import { useErrorMessage } from '../../session/useErrorMessage';
import { buildingProgress, isRunningState } from './useExportRun';
import { isAbort, useExportTask } from './useExportTask';

export type ExportAllState =
  | { status: 'idle' }
  | { status: 'reading'; table: ExportAllTable; done: number; total: number }
  | { status: 'building'; done: number; total: number }
  | { status: 'saved'; message: string }
  | { status: 'cancelled' }
  | { status: 'aborted' }
  | { status: 'failed'; message: string };

export type ExportAllOptions = {
  /** Rows per sheet, header included; only tests make it smaller than Excel's. */
  maxRowsPerSheet?: number;
};

/** "Exportera allt": every table as one sheet of one workbook, through the host's save dialog. */
export function useExportAll(
  labels: ExportLabels | undefined,
  { maxRowsPerSheet = XLSX_MAX_ROWS }: ExportAllOptions = {},
) {
  const { t } = useTranslation();
  const toMessage = useErrorMessage();
  const label = t('exports.all.taskLabel');
  const toTask = (state: ExportAllState): TaskState => {
    switch (state.status) {
      case 'reading':
      case 'building':
        return { status: 'running', label, done: state.done, total: state.total };
      case 'saved':
        return { status: 'succeeded', label, message: state.message };
      case 'failed':
        return {
          status: 'failed',
          label,
          message: t('exports.failed', { message: state.message }),
        };
      default:
        return {
          status: 'cancelled',
          label,
          message: state.status === 'aborted' ? t('exports.aborted') : t('exports.cancelled'),
        };
    }
  };
  const task = useExportTask<ExportAllState>({ status: 'idle' }, toTask, t('exports.abort'));
  const { report } = task;

  const sheet = <Row>(
    table: ExportAllTable,
    columns: readonly ExportColumn<Row>[],
    rows: readonly Row[],
    known: ExportLabels,
  ) =>
    lazyExportSheet(
      t(`exports.sheets.${table}`),
      columns,
      t(`exports.columnHeaders.${table}`, { returnObjects: true }),
      rows,
      known,
    );

  const run = async () => {
    if (!labels) return;
    const signal = task.begin();
    try {
      const data = await readEverything(
        (table, done, total) => report({ status: 'reading', table, done, total }),
        signal,
      );
      const total = EXPORT_ALL_TABLES.reduce((sum, table) => sum + data[table].length, 0);
      report({ status: 'building', done: 0, total });
      const bytes = await toXlsx(
        [
          sheet('organisations', ORGANISATION_COLUMNS, data.organisations, labels),
          sheet('contactPersons', CONTACT_PERSON_COLUMNS, data.contactPersons, labels),
          sheet('inquiries', INQUIRY_COLUMNS, data.inquiries, labels),
          sheet('calls', CALL_COLUMNS, data.calls, labels),
          sheet('followUps', FOLLOW_UP_COLUMNS, data.followUps, labels),
        ],
        {
          maxRowsPerSheet,
          signal,
          onProgress: (progress) =>
            report({ status: 'building', ...buildingProgress(progress, total) }),
        },
      );
      // Cancelled before the save dialog: nothing is written, not even a partial file.
      signal.throwIfAborted();
      const suggestedName = exportFileName([t('exports.all.fileStem')], todayIso(), 'xlsx');
      const saved = await platform.saveFile({
        suggestedName,
        filters: [{ name: t('exports.fileTypes.xlsx'), extensions: ['xlsx'] }],
        data: bytes,
      });
      if (!saved.ok) return report({ status: 'failed', message: saved.error });
      if (saved.value === null) return report({ status: 'cancelled' });
      const summary = EXPORT_ALL_TABLES.map(
        (table) => `${formatNumber(data[table].length)} ${t(`exports.what.${table}`)}`,
      ).join(', ');
      const splits = EXPORT_ALL_TABLES.flatMap((table) => {
        const sheets = sheetsNeeded(data[table].length, maxRowsPerSheet);
        if (sheets < 2) return [];
        const what = t(`exports.sheets.${table}`);
        return [t('exports.all.split', { what, sheets, max: formatNumber(maxRowsPerSheet - 1) })];
      });
      const fileName = saved.value.split(/[\\/]/).pop() ?? saved.value;
      const message = [t('exports.all.saved', { fileName, summary }), ...splits].join(' ');
      report({ status: 'saved', message });
    } catch (error) {
      report(
        isAbort(error, signal)
          ? { status: 'aborted' }
          : { status: 'failed', message: toMessage(error) },
      );
    } finally {
      task.end();
    }
  };

  return { state: task.state, run, cancel: task.cancel, isRunning: isRunningState(task.state) };
}
