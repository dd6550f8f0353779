import { useTranslation } from 'react-i18next';
import type { RowPreview } from '../../domain/import/planImport';
import { useVirtualRows, VIRTUAL_ROW_HEIGHT } from '../../ui/useVirtualRows';
import { useDescribeRow } from './useDescribeRow';

/**
 * The dry run's rows, virtualised (10 000 rows stay fast). The table is the same ARIA table as
 * ui/VirtualTable, with a focusable scroll area because its rows hold no links to tab to.
 */
export function PreviewTable({ previews }: { previews: RowPreview[] }) {
  const { t } = useTranslation();
  const describe = useDescribeRow();
  const { scrollRef, items, totalSize } = useVirtualRows(previews.length);
  const label = t('imports.preview.tableLabel');
  return (
    <div
      role="table"
      aria-label={label}
      aria-rowcount={previews.length + 1}
      className="vtable vtable--import"
    >
      <div role="rowgroup" className="vtable__head">
        <div role="row" aria-rowindex={1} className="vtable__row">
          <span role="columnheader">{t('imports.preview.colRow')}</span>
          <span role="columnheader">{t('imports.preview.colStatus')}</span>
          <span role="columnheader">{t('imports.preview.colName')}</span>
          <span role="columnheader">{t('imports.preview.colWhy')}</span>
        </div>
      </div>
      {/* The scrolling body is the focusable rowgroup, so the keyboard can scroll it. */}
      <div ref={scrollRef} role="rowgroup" className="vtable__scroll" tabIndex={0}>
        <div style={{ height: totalSize, position: 'relative' }}>
          {items.map((item) => {
            const preview = previews[item.index];
            if (!preview) return null;
            const why = describe.row(preview);
            return (
              <div
                key={preview.number}
                role="row"
                aria-rowindex={item.index + 2}
                className={`vtable__row import-row import-row--${preview.status}`}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: VIRTUAL_ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`,
                }}
              >
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
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
