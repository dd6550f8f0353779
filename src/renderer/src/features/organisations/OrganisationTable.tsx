import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../lib/dates';
import { useVirtualRows } from '../../ui/useVirtualRows';
import { VirtualTable } from '../../ui/VirtualTable';
import { useOrganisationRows } from './useOrganisationRows';

export type OrganisationTableProps = { ids: string[] };

/** A virtualised table: only the visible rows exist in the DOM, so 10 000 organisations scroll smoothly. */
export function OrganisationTable({ ids }: OrganisationTableProps) {
  const { t } = useTranslation();
  const rows = useVirtualRows(ids.length);
  const organisations = useOrganisationRows(ids, rows.first, rows.last);

  const renderCells = (index: number) => {
    const id = ids[index] ?? '';
    const organisation = organisations.get(id);
    if (!organisation) {
      return (
        <span role="cell" className="vtable__name">
          <span className="muted">{t('app.loading')}</span>
        </span>
      );
    }
    return (
      <>
        <span role="cell" className="vtable__name">
          <Link to={`/organisationer/${id}`}>{organisation.name}</Link>
        </span>
        <span role="cell" className="tabular">
          {organisation.orgNumber ?? t('common.none')}
        </span>
        <span role="cell">{t(`legalForm.${organisation.legalForm}`)}</span>
        <span role="cell">{organisation.district || t('common.none')}</span>
        <span role="cell">
          {organisation.lastContactedAt
            ? formatDate(organisation.lastContactedAt)
            : t('organisations.never')}
        </span>
      </>
    );
  };

  return (
    <VirtualTable
      label={t('organisations.listLabel')}
      rowCount={ids.length}
      rows={rows}
      rowKey={(index) => ids[index] ?? String(index)}
      renderCells={renderCells}
      headers={
        <>
          <span role="columnheader">{t('organisations.colName')}</span>
          <span role="columnheader">{t('organisations.colOrgNumber')}</span>
          <span role="columnheader">{t('organisations.colLegalForm')}</span>
          <span role="columnheader">{t('organisations.colDistrict')}</span>
          <span role="columnheader">{t('organisations.colLastContacted')}</span>
        </>
      }
    />
  );
}
