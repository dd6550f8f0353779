import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toCsv } from '../../domain/export/csvExport';
import { exportFileName } from '../../domain/export/exportFileName';
import type { ExportLabels } from '../../domain/export/exportLabels';
import { buildExportSheet, type ExportColumn } from '../../domain/export/exportTable';
import { toXlsx } from '../../domain/export/xlsxExport';
import { todayIso } from '../../lib/dates';
import { platform } from '../../lib/platform';
import { useErrorMessage } from '../session/useErrorMessage';
import type { ExportSource } from './exportSource';

export type ExportFormat = 'csv' | 'xlsx';

/** Where an export is: reading rows (with progress), building the file, or what came of it. */
export type ExportRunState =
  | { status: 'idle' }
  | { status: 'reading'; done: number; total: number }
  | { status: 'building' }
  | { status: 'saved'; fileName: string; rowCount: number }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

/** Lets React paint "Skapar filen…" before the serialiser holds the thread. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The file's name from the path the desktop host saved to (the web host returns the name). */
const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/** Runs one export: read rows → typed sheet → CSV or XLSX bytes → the host's save dialog. */
export function useExportRun<Row>(source: ExportSource<Row>, labels: ExportLabels | undefined) {
  const { t } = useTranslation();
  const toMessage = useErrorMessage();
  const [state, setState] = useState<ExportRunState>({ status: 'idle' });

  const run = async (format: ExportFormat, columns: readonly ExportColumn<Row>[]) => {
    if (!labels) return;
    try {
      setState({ status: 'reading', done: 0, total: source.count ?? 0 });
      const rows = await source.readRows((done, total) =>
        setState({ status: 'reading', done, total }),
      );
      setState({ status: 'building' });
      await nextFrame();
      const headers: Record<string, string> = t(`exports.columnHeaders.${source.listId}`, {
        returnObjects: true,
      });
      const sheet = buildExportSheet(
        t(`exports.sheets.${source.listId}`),
        columns,
        headers,
        rows,
        labels,
      );
      const data = format === 'csv' ? toCsv(sheet) : await toXlsx([sheet]);
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
      if (!saved.ok) setState({ status: 'failed', message: saved.error });
      else if (saved.value === null) setState({ status: 'cancelled' });
      else setState({ status: 'saved', fileName: baseName(saved.value), rowCount: rows.length });
    } catch (error) {
      setState({ status: 'failed', message: toMessage(error) });
    }
  };

  return { state, run, isRunning: state.status === 'reading' || state.status === 'building' };
}
