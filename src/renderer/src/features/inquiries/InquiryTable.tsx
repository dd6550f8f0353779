import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NavigatorEntity } from '../../domain/entities';
import { formatNumber } from '../../i18n/i18n';
import { formatDate } from '../../lib/dates';
import { useVirtualRows } from '../../ui/useVirtualRows';
import { VirtualTable } from '../../ui/VirtualTable';
import { useInquiryRows } from './useInquiryRows';

export type InquiryTableProps = {
  ids: string[];
  areaNames: Map<string, string>;
  navigatorsById: Map<string, NavigatorEntity>;
};

/** The list view, virtualised as the organisation list: 50 000 inquiries scroll smoothly. */
export function InquiryTable({ ids, areaNames, navigatorsById }: InquiryTableProps) {
  const { t } = useTranslation();
  const rows = useVirtualRows(ids.length);
  const inquiries = useInquiryRows(ids, rows.first, rows.last);

  const renderCells = (index: number) => {
    const id = ids[index] ?? '';
    const inquiry = inquiries.get(id);
    if (!inquiry) {
      return (
        <span role="cell" className="vtable__name">
          <span className="muted">{t('app.loading')}</span>
        </span>
      );
    }
    const navigator = inquiry.responsibleNavigatorId
      ? navigatorsById.get(inquiry.responsibleNavigatorId)
      : undefined;
    const areas = inquiry.priorityAreaIds.flatMap((areaId) => areaNames.get(areaId) ?? []);
    return (
      <>
        <span role="cell" className="vtable__name">
          <Link to={`/arenden/${id}`}>{inquiry.title}</Link>
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
      rowCount={ids.length}
      className="vtable--inquiries"
      rows={rows}
      rowKey={(index) => ids[index] ?? String(index)}
      renderCells={renderCells}
      headers={
        <>
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
