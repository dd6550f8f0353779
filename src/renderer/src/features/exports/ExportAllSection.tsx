import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';
import { formatNumber } from '../../i18n/i18n';
import { Notice } from '../../ui/Notice';
import { ProgressBar } from '../../ui/ProgressBar';
import { useExportAll, type ExportAllState } from './useExportAll';
import { useExportLabels } from './useExportLabels';
import './exports.css';

function ExportAllStatus({ state }: { state: ExportAllState }) {
  const { t } = useTranslation();
  switch (state.status) {
    case 'reading':
      return (
        <ProgressBar
          label={t('exports.all.title')}
          done={state.done}
          total={state.total}
          text={t('exports.all.reading', {
            table: t(`exports.what.${state.table}`),
            done: formatNumber(state.done),
            total: formatNumber(state.total),
          })}
        />
      );
    case 'building':
      return (
        <ProgressBar
          label={t('exports.all.title')}
          done={state.done}
          total={state.total}
          text={t('exports.all.writing', {
            done: formatNumber(state.done),
            total: formatNumber(state.total),
          })}
        />
      );
    case 'saved':
      return <Notice tone="success">{state.message}</Notice>;
    case 'cancelled':
      return <Notice tone="info">{t('exports.cancelled')}</Notice>;
    case 'aborted':
      return <Notice tone="info">{t('exports.aborted')}</Notice>;
    case 'failed':
      return <Notice tone="error">{t('exports.failed', { message: state.message })}</Notice>;
    default:
      return null;
  }
}

/** Inställningar → "Exportera allt": the whole register as one workbook, one sheet per entity. */
export function ExportAllSection() {
  const { t } = useTranslation();
  const labels = useExportLabels();
  const { state, run, cancel, isRunning } = useExportAll(labels);
  const isOtherTaskRunning = useAppStore((store) => store.task.status === 'running');
  return (
    <section className="card" aria-labelledby="export-all-title">
      <h2 id="export-all-title">{t('exports.all.title')}</h2>
      <p>{t('exports.all.lead')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={isRunning || isOtherTaskRunning || !labels}
          onClick={() => void run()}
        >
          {t('exports.all.button')}
        </button>
        {isRunning ? (
          <button type="button" className="button" onClick={cancel}>
            {t('exports.abort')}
          </button>
        ) : null}
      </div>
      {isOtherTaskRunning && !isRunning ? (
        <p className="field__hint">{t('exports.otherTaskRunning')}</p>
      ) : null}
      <div className="export-all__status" aria-live="polite">
        <ExportAllStatus state={state} />
      </div>
    </section>
  );
}
