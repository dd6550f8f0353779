import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/i18n';
import { Notice } from '../../ui/Notice';
import type { ExportRunState } from './useExportRun';

/** What came of the last export: the saved file and its row count, a cancel, or the error. */
export function ExportResult({ state }: { state: ExportRunState }) {
  const { t } = useTranslation();
  if (state.status === 'saved') {
    return (
      <Notice tone="success">
        {t('exports.saved', {
          fileName: state.fileName,
          count: state.rowCount,
          formatted: formatNumber(state.rowCount),
        })}
      </Notice>
    );
  }
  if (state.status === 'cancelled') return <Notice tone="info">{t('exports.cancelled')}</Notice>;
  if (state.status === 'aborted') return <Notice tone="info">{t('exports.aborted')}</Notice>;
  if (state.status === 'failed') {
    return <Notice tone="error">{t('exports.failed', { message: state.message })}</Notice>;
  }
  return null;
}
