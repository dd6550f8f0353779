import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';
import { chosenColumns } from './model/columnChoice';
import { sheetsNeeded, XLSX_MAX_ROWS } from './model/xlsxExport';
import { formatNumber } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import { Loading } from '../../ui/Loading';
import { Notice } from '../../ui/Notice';
import { ProgressBar } from '../../ui/ProgressBar';
import { ColumnChooser } from './ColumnChooser';
import { ExportResult } from './ExportResult';
import type { ExportSource } from './exportSource';
import { useColumnChoice } from './useColumnChoice';
import { useExportLabels } from './useExportLabels';
import { useExportRun, type ExportFormat, type ExportRunState } from './useExportRun';
import './exports.css';

const FORMATS: readonly ExportFormat[] = ['xlsx', 'csv'];

export type ExportDialogProps<Row> = { source: ExportSource<Row>; onClose: () => void };

function RunProgress({ state }: { state: ExportRunState }) {
  const { t } = useTranslation();
  if (state.status === 'reading' || state.status === 'building') {
    const text = t(state.status === 'reading' ? 'exports.reading' : 'exports.writing', {
      done: formatNumber(state.done),
      total: formatNumber(state.total),
    });
    return (
      <ProgressBar
        label={t('exports.progressLabel')}
        done={state.done}
        total={state.total}
        text={text}
      />
    );
  }
  return <ExportResult state={state} />;
}

/** "Exportera": format, columns (chosen and ordered), the row count, progress and the result. */
export function ExportDialog<Row>({ source, onClose }: ExportDialogProps<Row>) {
  const { t } = useTranslation();
  const labels = useExportLabels();
  const allIds = source.columns.map((column) => column.id);
  const { choice, setChoice, reset, remember } = useColumnChoice(
    source.listId,
    allIds,
    source.defaultColumns,
  );
  const { state, run, cancel, isRunning } = useExportRun(source, labels);
  // Another long task (an export left running in the task bar, an import…) goes first.
  const isOtherTaskRunning = useAppStore((store) => store.task.status === 'running');
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  const [error, setError] = useState<string | null>(null);
  const headers: Record<string, string> = t(`exports.columnHeaders.${source.listId}`, {
    returnObjects: true,
  });

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!choice) return;
    const columns = chosenColumns(source.columns, choice);
    if (columns.length === 0) {
      setError(t('exports.noColumns'));
      return;
    }
    setError(null);
    await remember(choice);
    await run(format, columns);
  };

  const count = source.count;
  return (
    <Dialog
      title={t('exports.title', { what: t(`exports.what.${source.listId}`) })}
      isOpen
      onClose={onClose}
      className="dialog--wide export-dialog"
    >
      <form className="dialog__form" onSubmit={(event) => void handleSubmit(event)} noValidate>
        <p className="export-dialog__count" role="status">
          <strong>
            {count === undefined
              ? t('exports.counting')
              : t(`exports.rowCount.${source.listId}`, { count, formatted: formatNumber(count) })}
          </strong>{' '}
          {t('exports.sameAsList')}
        </p>
        <fieldset className="radio-group radio-group--inline">
          <legend>{t('exports.format')}</legend>
          <div className="radio-group__options">
            {FORMATS.map((option) => (
              <label key={option} className="radio">
                <input
                  type="radio"
                  name="export-format"
                  value={option}
                  checked={format === option}
                  disabled={isRunning}
                  onChange={() => setFormat(option)}
                />
                {t(`exports.formats.${option}`)}
              </label>
            ))}
          </div>
        </fieldset>
        {format === 'xlsx' && count !== undefined && sheetsNeeded(count) > 1 ? (
          <Notice tone="info">
            {t('exports.tooManyRows', {
              max: formatNumber(XLSX_MAX_ROWS - 1),
              what: t(`exports.what.${source.listId}`),
              sheets: sheetsNeeded(count),
            })}
          </Notice>
        ) : null}
        <fieldset
          className={`radio-group export-dialog__columns${error ? ' radio-group--error' : ''}`}
        >
          <legend>{t('exports.columns')}</legend>
          <p className="field__hint">{t('exports.columnsHint')}</p>
          {error ? (
            <p className="field__error" role="alert">
              {error}
            </p>
          ) : null}
          {choice ? (
            <ColumnChooser
              choice={choice}
              headers={headers}
              isDisabled={isRunning}
              onChange={setChoice}
            />
          ) : (
            <Loading label={t('app.loading')} />
          )}
          <div className="button-row">
            <button
              type="button"
              className="button button--small"
              disabled={isRunning || !choice}
              onClick={() =>
                choice && setChoice(choice.map(({ id }) => ({ id, isSelected: true })))
              }
            >
              {t('exports.selectAll')}
            </button>
            <button
              type="button"
              className="button button--small"
              disabled={isRunning}
              onClick={reset}
            >
              {t('exports.resetColumns')}
            </button>
          </div>
        </fieldset>
        <div className="export-dialog__status" aria-live="polite">
          <RunProgress state={state} />
        </div>
        <div className="form__actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={isRunning || isOtherTaskRunning || !choice || !labels || count === undefined}
          >
            {t('exports.submit')}
          </button>
          {isRunning ? (
            <button type="button" className="button" onClick={cancel}>
              {t('exports.abort')}
            </button>
          ) : null}
          <button type="button" className="button" onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
        {isRunning ? <p className="field__hint">{t('exports.closeHint')}</p> : null}
        {isOtherTaskRunning && !isRunning ? (
          <p className="field__hint">{t('exports.otherTaskRunning')}</p>
        ) : null}
      </form>
    </Dialog>
  );
}
