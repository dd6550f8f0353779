import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CallEntity, NavigatorEntity } from '../../domain/entities';
import { formatDateTime } from '../../lib/dates';
import { useCallRows } from './useCallRows';

export type CallTableProps = {
  calls: CallEntity[];
  navigatorsById: Map<string, NavigatorEntity>;
  /** Outcome id → label, from the settings. */
  outcomeLabels: Map<string, string>;
};

const ROW_HEIGHT = 44;

/** The call log as a virtualised table (as the organisation list): only visible rows exist. */
export function CallTable({ calls, navigatorsById, outcomeLabels }: CallTableProps) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // TanStack Virtual is mutable by design; this component is simply not auto-memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: calls.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const names = useCallRows(calls, items[0]?.index ?? 0, items[items.length - 1]?.index ?? 0);

  // Arrow keys move between rows, as in a spreadsheet; the list scrolls to keep focus visible.
  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const current = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!current) return;
    event.preventDefault();
    const next = Number(current.dataset.index) + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0 || next >= calls.length) return;
    virtualizer.scrollToIndex(next);
    requestAnimationFrame(() => {
      scrollRef.current?.querySelector<HTMLElement>(`[data-index="${next}"] a`)?.focus();
    });
  };

  return (
    <div
      role="table"
      aria-label={t('callsList.listLabel')}
      aria-rowcount={calls.length + 1}
      className="vtable vtable--calls"
    >
      <div role="rowgroup" className="vtable__head">
        <div role="row" aria-rowindex={1} className="vtable__row">
          <span role="columnheader">{t('callsList.colTime')}</span>
          <span role="columnheader">{t('callsList.colDirection')}</span>
          <span role="columnheader">{t('callsList.colOrganisation')}</span>
          <span role="columnheader">{t('callsList.colContact')}</span>
          <span role="columnheader">{t('callsList.colOutcome')}</span>
          <span role="columnheader">{t('callsList.colSummary')}</span>
          <span role="columnheader">{t('callsList.colNavigator')}</span>
        </div>
      </div>
      <div ref={scrollRef} className="vtable__scroll" onKeyDown={handleKeyDown}>
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const call = calls[item.index];
            if (!call) return null;
            const organisationName = names.organisations.get(call.organisationId);
            const contactName = call.contactPersonId
              ? names.contactPersons.get(call.contactPersonId)
              : null;
            const navigator = call.navigatorId ? navigatorsById.get(call.navigatorId) : undefined;
            return (
              <div
                key={call.id}
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
                <span role="cell" className="tabular">
                  {formatDateTime(call.occurredAt)}
                </span>
                <span role="cell">{t(`callsList.directions.${call.direction}`)}</span>
                <span role="cell" className="vtable__name">
                  {organisationName === undefined ? (
                    <span className="muted">{t('app.loading')}</span>
                  ) : (
                    <Link to={`/organisationer/${call.organisationId}`}>
                      {organisationName ?? t('callsList.unknownOrganisation')}
                    </Link>
                  )}
                </span>
                <span role="cell">
                  {contactName === undefined ? '' : (contactName ?? t('common.none'))}
                </span>
                <span role="cell">{outcomeLabels.get(call.outcome) ?? call.outcome}</span>
                <span role="cell">
                  {call.noteKind === 'minnesanteckning' ? (
                    <span className="badge badge--muted calls__memo">
                      {t('callsList.memoBadge')}
                    </span>
                  ) : null}
                  {call.summary.split('\n', 1)[0]}
                </span>
                <span role="cell">
                  {navigator ? (
                    <abbr title={navigator.name}>{navigator.initials}</abbr>
                  ) : (
                    t('common.none')
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
