import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorReportCsv } from './model/errorReport';
import type { SheetTable } from './model/parseCsv';
import type { ImportPlan } from './model/planImport';
import { platform } from '../../lib/platform';
import { Notice } from '../../ui/Notice';
import { useDescribeRow } from './useDescribeRow';

export type ErrorReportButtonProps = { plan: ImportPlan; table: SheetTable; fileName: string };

/** Saves the rejected rows with a reason column, to fix in Excel and import again. */
export function ErrorReportButton({ plan, table, fileName }: ErrorReportButtonProps) {
  const { t } = useTranslation();
  const describe = useDescribeRow();
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  const handleSave = async () => {
    const rejected = new Map(
      plan.previews
        .filter((row) => row.status === 'error')
        .map((row) => [row.number, describe.problems(row.problems)]),
    );
    const csv = errorReportCsv(table, rejected, {
      row: t('imports.preview.reportRow'),
      reason: t('imports.preview.reportReason'),
      removed: t('imports.preview.reportRemoved'),
      removedNote: t('imports.preview.reportRemovedNote'),
    });
    const baseName = fileName.replace(/\.[^.]+$/, '');
    const result = await platform.saveFile({
      suggestedName: t('imports.preview.errorReportName', { name: baseName }),
      filters: [{ name: 'CSV', extensions: ['csv'] }],
      data: csv,
    });
    if (!result.ok) setMessage({ tone: 'error', text: result.error });
    else if (result.value)
      setMessage({
        tone: 'success',
        text: t('imports.preview.reportSaved', { path: result.value }),
      });
  };

  return (
    <div className="import-report">
      <button type="button" className="button" onClick={() => void handleSave()}>
        {t('imports.preview.errorReport')}
      </button>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
    </div>
  );
}
