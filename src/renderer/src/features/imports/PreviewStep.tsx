import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPlan, RowPreview } from './model/planImport';
import { formatNumber } from '../../i18n/i18n';
import { SelectField } from '../../ui/Field';
import { EmptyState } from '../../ui/EmptyState';
import { Notice } from '../../ui/Notice';
import { ErrorReportButton } from './ErrorReportButton';
import { PreviewTable } from './PreviewTable';
import type { ReadTable } from './useImportFile';

const FILTERS = ['all', 'new', 'duplicate', 'error'] as const;
type Filter = (typeof FILTERS)[number];
const isFilter = (value: string): value is Filter => (FILTERS as readonly string[]).includes(value);

export type PreviewStepProps = {
  plan: ImportPlan;
  content: ReadTable;
  fileName: string;
  isStale: boolean;
  isCommitting: boolean;
  onCommit: () => void;
};

/** Step 3: what the import would do, row by row; nothing is written until "Importera". */
export function PreviewStep({
  plan,
  content,
  fileName,
  isStale,
  isCommitting,
  onCommit,
}: PreviewStepProps) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>('all');
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Each new dry run moves focus (and the view) to its result.
  useEffect(() => headingRef.current?.focus(), [plan]);
  const { counts } = plan;
  const writing = counts.created + counts.updated;
  const shown: RowPreview[] =
    filter === 'all' ? plan.previews : plan.previews.filter((row) => row.status === filter);
  return (
    <section className="card import-step" aria-labelledby="import-preview-title">
      <h2 id="import-preview-title" ref={headingRef} tabIndex={-1}>
        {t('imports.steps.preview')}
      </h2>
      <p className="import-preview__summary" role="status">
        {t('imports.preview.summary', {
          created: formatNumber(counts.created),
          updated: formatNumber(counts.updated),
          skipped: formatNumber(counts.skipped),
          rejected: formatNumber(counts.rejected),
        })}
      </p>
      <p className="muted">{t('imports.preview.nothingWritten')}</p>
      <div className="import-preview__tools">
        <SelectField
          label={t('imports.preview.filter')}
          value={filter}
          options={FILTERS.map((value) => ({
            value,
            label: t(`imports.preview.filters.${value}`),
          }))}
          onChange={(event) => {
            if (isFilter(event.target.value)) setFilter(event.target.value);
          }}
        />
        {counts.rejected > 0 ? (
          <ErrorReportButton plan={plan} table={content.table} fileName={fileName} />
        ) : null}
      </div>
      {shown.length === 0 ? (
        <EmptyState title={t('imports.preview.noRows')} />
      ) : (
        <PreviewTable previews={shown} />
      )}
      {isStale ? <Notice tone="warning">{t('imports.preview.staleHint')}</Notice> : null}
      {writing === 0 ? <Notice tone="info">{t('imports.preview.nothingToImport')}</Notice> : null}
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          disabled={writing === 0 || isStale || isCommitting}
          onClick={onCommit}
        >
          {t('imports.preview.commit', { count: writing, number: formatNumber(writing) })}
        </button>
      </div>
    </section>
  );
}
