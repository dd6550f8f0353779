import { useTranslation } from 'react-i18next';
import type { TaskState } from '../../app/slices/taskSlice';
import { toCsvInSlices } from './model/csvExport';
import { exportFileName } from './model/exportFileName';
import type { ExportLabels } from './model/exportLabels';
import { lazyExportSheet, type ExportColumn } from './model/exportTable';
import { toXlsx, type XlsxProgress } from './model/xlsxExport';
import { formatNumber } from '../../i18n/i18n';
import { todayIso } from '../../lib/dates';
import { platform } from '../../lib/platform';
import { useErrorMessage } from '../../session/useErrorMessage';
import type { ExportSource } from './exportSource';
import { isAbort, useExportTask } from './useExportTask';
import { nextTask } from '../../lib/nextTask';

export type ExportFormat = 'csv' | 'xlsx';

/** Where an export is: reading rows, writing them into the file (both counted), or what came of it. */
export type ExportRunState =
  | { status: 'idle' }
  | { status: 'reading'; done: number; total: number }
  | { status: 'building'; done: number; total: number }
  | { status: 'saved'; fileName: string; rowCount: number }
  | { status: 'cancelled' }
  | { status: 'aborted' }
  | { status: 'failed'; message: string };

/** Lets React paint "Skapar filen…" before the serialiser holds the thread. */
/** The file's name from the path the desktop host saved to (the web host returns the name). */
const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/** Writing rows, then packing them: one count of rows for the bar (packing by its share). */
export const buildingProgress = (progress: XlsxProgress, total: number) =>
  progress.phase === 'writing'
    ? { done: progress.done, total: progress.total }
    : { done: Math.round((total * progress.percent) / 100), total };

export const isRunningState = (state: { status: string }) =>
  state.status === 'reading' || state.status === 'building';

/** Runs one export: read rows → typed sheet → CSV or XLSX bytes → the host's save dialog. */
export function useExportRun<Row>(source: ExportSource<Row>, labels: ExportLabels | undefined) {
  const { t } = useTranslation();
  const toMessage = useErrorMessage();
  const label = t('exports.taskLabel', { what: t(`exports.what.${source.listId}`) });
  const toTask = (state: ExportRunState): TaskState => {
    if (state.status === 'reading' || state.status === 'building')
      return { status: 'running', label, done: state.done, total: state.total };
    if (state.status === 'failed')
      return { status: 'failed', label, message: t('exports.failed', { message: state.message }) };
    if (state.status === 'saved')
      return { status: 'succeeded', label, message: outcomeText(state) };
    return { status: 'cancelled', label, message: outcomeText(state) };
  };
  const outcomeText = (state: ExportRunState) =>
    state.status === 'saved'
      ? t('exports.saved', {
          fileName: state.fileName,
          count: state.rowCount,
          formatted: formatNumber(state.rowCount),
        })
      : state.status === 'aborted'
        ? t('exports.aborted')
        : t('exports.cancelled');
  const task = useExportTask<ExportRunState>({ status: 'idle' }, toTask, t('exports.abort'));
  const { report } = task;

  const run = async (format: ExportFormat, columns: readonly ExportColumn<Row>[]) => {
    if (!labels) return;
    const signal = task.begin();
    try {
      report({ status: 'reading', done: 0, total: source.count ?? 0 });
      // Throwing from the progress callback stops the reading between two chunks.
      const rows = await source.readRows((done, total) => {
        signal.throwIfAborted();
        report({ status: 'reading', done, total });
      });
      signal.throwIfAborted();
      report({ status: 'building', done: 0, total: rows.length });
      await nextTask();
      const headers: Record<string, string> = t(`exports.columnHeaders.${source.listId}`, {
        returnObjects: true,
      });
      // Cells are built a slice at a time while the file is written, never all at once.
      const sheet = lazyExportSheet(
        t(`exports.sheets.${source.listId}`),
        columns,
        headers,
        rows,
        labels,
      );
      const onProgress = (progress: XlsxProgress) =>
        report({ status: 'building', ...buildingProgress(progress, rows.length) });
      const data =
        format === 'csv'
          ? await toCsvInSlices(sheet, {
              signal,
              onProgress: (done, total) => onProgress({ phase: 'writing', done, total }),
            })
          : await toXlsx([sheet], { signal, onProgress });
      // Cancelled before the save dialog: nothing is written, not even a partial file.
      signal.throwIfAborted();
      const suggestedName = exportFileName(
        [t(`exports.fileStems.${source.listId}`), ...source.nameParts],
        todayIso(),
        format,
      );
      const saved = await platform.saveFile({
        suggestedName,
        filters: [{ name: t(`exports.fileTypes.${format}`), extensions: [format] }],
        data,
      });
      // The host's own message is already a sentence for the user (e.g. the disk is full).
      if (!saved.ok) report({ status: 'failed', message: saved.error });
      else if (saved.value === null) report({ status: 'cancelled' });
      else report({ status: 'saved', fileName: baseName(saved.value), rowCount: rows.length });
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
