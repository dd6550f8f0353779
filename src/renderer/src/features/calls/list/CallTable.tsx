import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NavigatorEntity } from '../../../domain/entities';
import { formatDateTime } from '../../../lib/dates';
import type { CallPage } from '../data/callPages';
import type { VirtualRows } from '../../../ui/useVirtualRows';
import { VirtualTable } from '../../../ui/VirtualTable';

export type CallTableProps = {
  rowCount: number;
  rows: VirtualRows;
  /** The loaded window of calls around the visible rows; undefined while it loads. */
  page: CallPage | undefined;
  navigatorsById: Map<string, NavigatorEntity>;
  /** Outcome id → label, from the settings. */
  outcomeLabels: Map<string, string>;
};

/** The call log as a virtualised table (as the organisation list): only visible rows exist. */
export function CallTable({ rowCount, rows, page, navigatorsById, outcomeLabels }: CallTableProps) {
  const { t } = useTranslation();

  const renderCells = (index: number) => {
    const call = page?.calls[index - page.start];
    if (!call) {
      return (
        <span role="cell">
          <span className="muted">{t('app.loading')}</span>
        </span>
      );
    }
    const organisationName = page?.organisationNames.get(call.organisationId);
    const contactName = call.contactPersonId ? page?.contactNames.get(call.contactPersonId) : null;
    const navigator = call.navigatorId ? navigatorsById.get(call.navigatorId) : undefined;
    return (
      <>
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
            <span className="badge badge--muted calls__memo">{t('callsList.memoBadge')}</span>
          ) : null}
          {call.summary.split('\n', 1)[0]}
        </span>
        <span role="cell">
          {navigator ? <abbr title={navigator.name}>{navigator.initials}</abbr> : t('common.none')}
        </span>
      </>
    );
  };

  return (
    <VirtualTable
      label={t('callsList.listLabel')}
      rowCount={rowCount}
      className="vtable--calls"
      rows={rows}
      rowKey={(index) => page?.calls[index - page.start]?.id ?? `loading-${index}`}
      renderCells={renderCells}
      headers={
        <>
          <span role="columnheader">{t('callsList.colTime')}</span>
          <span role="columnheader">{t('callsList.colDirection')}</span>
          <span role="columnheader">{t('callsList.colOrganisation')}</span>
          <span role="columnheader">{t('callsList.colContact')}</span>
          <span role="columnheader">{t('callsList.colOutcome')}</span>
          <span role="columnheader">{t('callsList.colSummary')}</span>
          <span role="columnheader">{t('callsList.colNavigator')}</span>
        </>
      }
    />
  );
}
