import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../lib/dates';
import { useOrganisationRows } from './useOrganisationRows';

export type OrganisationTableProps = { ids: string[] };

const ROW_HEIGHT = 44;

/** A virtualised table: only the visible rows exist in the DOM, so 10 000 organisations scroll smoothly. */
export function OrganisationTable({ ids }: OrganisationTableProps) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // TanStack Virtual is mutable by design; this component is simply not auto-memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const rows = useOrganisationRows(ids, items[0]?.index ?? 0, items[items.length - 1]?.index ?? 0);

  // Arrow keys move between rows, as in a spreadsheet; the list scrolls to keep focus visible.
  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const current = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!current) return;
    event.preventDefault();
    const next = Number(current.dataset.index) + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0 || next >= ids.length) return;
    virtualizer.scrollToIndex(next);
    requestAnimationFrame(() => {
      scrollRef.current?.querySelector<HTMLElement>(`[data-index="${next}"] a`)?.focus();
    });
  };

  return (
    <div
      role="table"
      aria-label={t('organisations.listLabel')}
      aria-rowcount={ids.length + 1}
      className="vtable"
    >
      <div role="rowgroup" className="vtable__head">
        <div role="row" aria-rowindex={1} className="vtable__row">
          <span role="columnheader">{t('organisations.colName')}</span>
          <span role="columnheader">{t('organisations.colOrgNumber')}</span>
          <span role="columnheader">{t('organisations.colLegalForm')}</span>
          <span role="columnheader">{t('organisations.colDistrict')}</span>
          <span role="columnheader">{t('organisations.colLastContacted')}</span>
        </div>
      </div>
      <div ref={scrollRef} className="vtable__scroll" onKeyDown={handleKeyDown}>
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const id = ids[item.index] ?? '';
            const organisation = rows.get(id);
            return (
              <div
                key={id}
                role="row"
                aria-rowindex={item.index + 2}
                data-index={item.index}
                className="vtable__row"
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`,
                }}
              >
                <span role="cell" className="vtable__name">
                  {organisation ? (
                    <Link to={`/organisationer/${id}`}>{organisation.name}</Link>
                  ) : (
                    <span className="muted">{t('app.loading')}</span>
                  )}
                </span>
                <span role="cell" className="tabular">
                  {organisation?.orgNumber ?? t('common.none')}
                </span>
                <span role="cell">
                  {organisation ? t(`legalForm.${organisation.legalForm}`) : ''}
                </span>
                <span role="cell">{organisation?.district || t('common.none')}</span>
                <span role="cell">
                  {organisation
                    ? organisation.lastContactedAt
                      ? formatDate(organisation.lastContactedAt)
                      : t('organisations.never')
                    : ''}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
