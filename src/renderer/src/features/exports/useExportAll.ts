import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readEverything, EXPORT_ALL_TABLES, type ExportAllTable } from '../../db/exportAll';
import { CALL_COLUMNS } from '../../domain/export/callColumns';
import { CONTACT_PERSON_COLUMNS } from '../../domain/export/contactPersonColumns';
import { exportFileName } from '../../domain/export/exportFileName';
import type { ExportLabels } from '../../domain/export/exportLabels';
import {
  buildExportSheet,
  type ExportColumn,
  type ExportSheet,
} from '../../domain/export/exportTable';
import { FOLLOW_UP_COLUMNS } from '../../domain/export/followUpColumns';
import { INQUIRY_COLUMNS } from '../../domain/export/inquiryColumns';
import { ORGANISATION_COLUMNS } from '../../domain/export/organisationColumns';
import { toXlsx } from '../../domain/export/xlsxExport';
import { formatNumber } from '../../i18n/i18n';
import { todayIso } from '../../lib/dates';
import { platform } from '../../lib/platform';
import { useErrorMessage } from '../session/useErrorMessage';

export type ExportAllState =
  | { status: 'idle' }
  | { status: 'reading'; table: ExportAllTable; done: number; total: number }
  | { status: 'building' }
  | { status: 'saved'; message: string }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** "Exportera allt": every table as one sheet of one workbook, through the host's save dialog. */
export function useExportAll(labels: ExportLabels | undefined) {
  const { t } = useTranslation();
  const toMessage = useErrorMessage();
  const [state, setState] = useState<ExportAllState>({ status: 'idle' });

  const sheet = <Row>(
    table: ExportAllTable,
    columns: readonly ExportColumn<Row>[],
    rows: Row[],
    known: ExportLabels,
  ): ExportSheet =>
    buildExportSheet(
      t(`exports.sheets.${table}`),
      columns,
      t(`exports.columnHeaders.${table}`, { returnObjects: true }),
      rows,
      known,
    );

  const run = async () => {
    if (!labels) return;
    try {
      const data = await readEverything((table, done, total) =>
        setState({ status: 'reading', table, done, total }),
      );
      setState({ status: 'building' });
      await nextFrame();
      const bytes = await toXlsx([
        sheet('organisations', ORGANISATION_COLUMNS, data.organisations, labels),
        sheet('contactPersons', CONTACT_PERSON_COLUMNS, data.contactPersons, labels),
        sheet('inquiries', INQUIRY_COLUMNS, data.inquiries, labels),
        sheet('calls', CALL_COLUMNS, data.calls, labels),
        sheet('followUps', FOLLOW_UP_COLUMNS, data.followUps, labels),
      ]);
      const suggestedName = exportFileName([t('exports.all.fileStem')], todayIso(), 'xlsx');
      const saved = await platform.saveFile({
        suggestedName,
        filters: [{ name: t('exports.fileTypes.xlsx'), extensions: ['xlsx'] }],
        data: bytes,
      });
      if (!saved.ok) return setState({ status: 'failed', message: saved.error });
      if (saved.value === null) return setState({ status: 'cancelled' });
      const summary = EXPORT_ALL_TABLES.map(
        (table) => `${formatNumber(data[table].length)} ${t(`exports.what.${table}`)}`,
      ).join(', ');
      const fileName = saved.value.split(/[\\/]/).pop() ?? saved.value;
      setState({ status: 'saved', message: t('exports.all.saved', { fileName, summary }) });
    } catch (error) {
      setState({ status: 'failed', message: toMessage(error) });
    }
  };

  return { state, run, isRunning: state.status === 'reading' || state.status === 'building' };
}
