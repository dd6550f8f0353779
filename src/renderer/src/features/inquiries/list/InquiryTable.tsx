import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InquiryRow } from '../data/inquiryQueries';
import type { NavigatorEntity } from '../../../domain/entities';
import { useAppStore } from '../../../app/store';
import { formatNumber } from '../../../i18n/i18n';
import { formatDate } from '../../../lib/dates';
import type { VirtualRows } from '../../../ui/useVirtualRows';
import { VirtualTable } from '../../../ui/VirtualTable';
import { IopRiskMarker } from './IopRiskMarker';

export type InquiryTableProps = {
  rowCount: number;
  rows: VirtualRows;
  /** The loaded row at a list position; undefined while it is loading. */
  rowAt: (index: number) => InquiryRow | undefined;
  areaNames: Map<string, string>;
  navigatorsById: Map<string, NavigatorEntity>;
};

/** The list view, virtualised as the organisation list: 50 000 inquiries scroll smoothly. */
export function InquiryTable({
  rowCount,
  rows,
  rowAt,
  areaNames,
  navigatorsById,
}: InquiryTableProps) {
  const { t } = useTranslation();
  const selectedIds = useAppStore((state) => state.selectedInquiryIds);
  const toggleSelection = useAppStore((state) => state.toggleInquirySelection);

  const renderCells = (index: number) => {
    const inquiry = rowAt(index);
    if (!inquiry) {
      return (
        <>
          <span role="cell" />
          <span role="cell" className="vtable__name">
            <span className="muted">{t('app.loading')}</span>
          </span>
        </>
      );
    }
    const navigator = inquiry.responsibleNavigatorId
      ? navigatorsById.get(inquiry.responsibleNavigatorId)
      : undefined;
    const areas = inquiry.priorityAreaIds.flatMap((areaId) => areaNames.get(areaId) ?? []);
    return (
      <>
        <span role="cell" className="vtable__select">
          <input
            type="checkbox"
            aria-label={t('inquiries.list.select', { title: inquiry.title })}
            checked={selectedIds.includes(inquiry.id)}
            onChange={() => toggleSelection(inquiry.id)}
          />
        </span>
        <span role="cell" className="vtable__name">
          <Link to={`/arenden/${inquiry.id}`}>{inquiry.title}</Link>
          <IopRiskMarker inquiry={inquiry} />
        </span>
        <span role="cell">
          {inquiry.organisationName || t('inquiries.list.unknownOrganisation')}
        </span>
        <span role="cell">{t(`inquiries.stages.${inquiry.stage}`)}</span>
        <span role="cell">{areas.join(', ') || t('common.none')}</span>
        <span role="cell" className="tabular vtable__number">
          {inquiry.estimatedYearlyValue !== null
            ? formatNumber(inquiry.estimatedYearlyValue)
            : t('common.none')}
        </span>
        <span role="cell" className="tabular">
          {formatDate(inquiry.receivedAt)}
        </span>
        <span role="cell">
          {navigator ? <abbr title={navigator.name}>{navigator.initials}</abbr> : t('common.none')}
        </span>
      </>
    );
  };

  return (
    <VirtualTable
      label={t('inquiries.list.label')}
      rowCount={rowCount}
      className="vtable--inquiries"
      rows={rows}
      rowKey={(index) => rowAt(index)?.id ?? `loading-${index}`}
      renderCells={renderCells}
      headers={
        <>
          <span role="columnheader" className="vtable__select">
            <span className="visually-hidden">{t('inquiries.list.colSelect')}</span>
          </span>
          <span role="columnheader">{t('inquiries.list.colTitle')}</span>
          <span role="columnheader">{t('inquiries.list.colOrganisation')}</span>
          <span role="columnheader">{t('inquiries.list.colStage')}</span>
          <span role="columnheader">{t('inquiries.list.colAreas')}</span>
          <span role="columnheader" className="vtable__number">
            {t('inquiries.list.colValue')}
          </span>
          <span role="columnheader">{t('inquiries.list.colReceived')}</span>
          <span role="columnheader">{t('inquiries.list.colResponsible')}</span>
        </>
      }
    />
  );
}
