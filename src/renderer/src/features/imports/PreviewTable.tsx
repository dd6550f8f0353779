import { useTranslation } from 'react-i18next';
import type { RowPreview } from './model/planImport';
import { useVirtualRows } from '../../ui/useVirtualRows';
import { VirtualTable } from '../../ui/VirtualTable';
import { useDescribeRow } from './useDescribeRow';

/**
 * The dry run's rows, virtualised (10 000 rows stay fast), with a focusable scroll area because
 * its rows hold no links to tab to.
 */
export function PreviewTable({ previews }: { previews: RowPreview[] }) {
  const { t } = useTranslation();
  const describe = useDescribeRow();
  const rows = useVirtualRows(previews.length);

  const renderCells = (index: number) => {
    const preview = previews[index];
    if (!preview) return null;
    const why = describe.row(preview);
    return (
      <>
        <span role="cell" className="tabular">
          {preview.number}
        </span>
        <span role="cell">
          <span className={`badge import-badge import-badge--${preview.status}`}>
            {t(`imports.preview.status.${preview.status}`)}
          </span>
        </span>
        <span role="cell" title={preview.name}>
          {preview.name || '–'}
        </span>
        <span role="cell" title={why}>
          {why}
        </span>
      </>
    );
  };

  return (
    <VirtualTable
      label={t('imports.preview.tableLabel')}
      rowCount={previews.length}
      className="vtable--import"
      rows={rows}
      rowKey={(index) => String(previews[index]?.number ?? index)}
      rowClassName={(index) => `import-row import-row--${previews[index]?.status ?? ''}`}
      isScrollFocusable
      renderCells={renderCells}
      headers={
        <>
          <span role="columnheader">{t('imports.preview.colRow')}</span>
          <span role="columnheader">{t('imports.preview.colStatus')}</span>
          <span role="columnheader">{t('imports.preview.colName')}</span>
          <span role="columnheader">{t('imports.preview.colWhy')}</span>
        </>
      }
    />
  );
}
