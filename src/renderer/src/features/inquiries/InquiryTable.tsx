import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NavigatorEntity } from '../../domain/entities';
import { formatNumber } from '../../i18n/i18n';
import { formatDate } from '../../lib/dates';
import { useInquiryRows } from './useInquiryRows';

export type InquiryTableProps = {
  ids: string[];
  areaNames: Map<string, string>;
  navigatorsById: Map<string, NavigatorEntity>;
};

const ROW_HEIGHT = 44;

/** The list view, virtualised as the organisation list: 50 000 inquiries scroll smoothly. */
export function InquiryTable({ ids, areaNames, navigatorsById }: InquiryTableProps) {
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
  const rows = useInquiryRows(ids, items[0]?.index ?? 0, items[items.length - 1]?.index ?? 0);

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
      aria-label={t('inquiries.list.label')}
      aria-rowcount={ids.length + 1}
      className="vtable vtable--inquiries"
    >
      <div role="rowgroup" className="vtable__head">
        <div role="row" aria-rowindex={1} className="vtable__row">
          <span role="columnheader">{t('inquiries.list.colTitle')}</span>
          <span role="columnheader">{t('inquiries.list.colOrganisation')}</span>
          <span role="columnheader">{t('inquiries.list.colStage')}</span>
          <span role="columnheader">{t('inquiries.list.colAreas')}</span>
          <span role="columnheader" className="vtable__number">
            {t('inquiries.list.colValue')}
          </span>
          <span role="columnheader">{t('inquiries.list.colReceived')}</span>
          <span role="columnheader">{t('inquiries.list.colResponsible')}</span>
        </div>
      </div>
      <div ref={scrollRef} className="vtable__scroll" onKeyDown={handleKeyDown}>
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const id = ids[item.index] ?? '';
            const inquiry = rows.get(id);
            const navigator = inquiry?.responsibleNavigatorId
              ? navigatorsById.get(inquiry.responsibleNavigatorId)
              : undefined;
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
                  {inquiry ? (
                    <Link to={`/arenden/${id}`}>{inquiry.title}</Link>
                  ) : (
                    <span className="muted">{t('app.loading')}</span>
                  )}
                </span>
                <span role="cell">
                  {inquiry
                    ? inquiry.organisationName || t('inquiries.list.unknownOrganisation')
                    : ''}
                </span>
                <span role="cell">{inquiry ? t(`inquiries.stages.${inquiry.stage}`) : ''}</span>
                <span role="cell">
                  {inquiry
                    ? inquiry.priorityAreaIds
                        .flatMap((areaId) => areaNames.get(areaId) ?? [])
                        .join(', ') || t('common.none')
                    : ''}
                </span>
                <span role="cell" className="tabular vtable__number">
                  {inquiry
                    ? inquiry.estimatedYearlyValue !== null
                      ? formatNumber(inquiry.estimatedYearlyValue)
                      : t('common.none')
                    : ''}
                </span>
                <span role="cell" className="tabular">
                  {inquiry ? formatDate(inquiry.receivedAt) : ''}
                </span>
                <span role="cell">
                  {navigator ? (
                    <abbr title={navigator.name}>{navigator.initials}</abbr>
                  ) : inquiry ? (
                    t('common.none')
                  ) : (
                    ''
                  )}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
