import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAppStore } from '../../app/store';
import { EmptyState } from '../../ui/EmptyState';
import { OrganisationExport } from '../exports/OrganisationExport';
import { Loading } from '../../ui/Loading';
import { LoadExampleButton } from '../../exampleData/LoadExampleButton';
import { OrganisationFilters } from './OrganisationFilters';
import { OrganisationTable } from './OrganisationTable';
import { useOrganisationList } from './useOrganisationList';

export function OrganisationsPage() {
  const { t } = useTranslation();
  const { query, ids, stored, tags } = useOrganisationList();
  const resetQuery = useAppStore((state) => state.resetOrganisationQuery);
  // Empty means nothing stored at all; an archived-only register still shows its filters.
  const isRegisterEmpty = stored === 0;

  return (
    <div className="page page--list">
      <div className="page__header">
        <h1>{t('organisations.title')}</h1>
        {isRegisterEmpty ? null : <OrganisationExport />}
        <Link to="/importera" className="button">
          {t('imports.link')}
        </Link>
        <Link to="/organisationer/ny" className="button button--primary" aria-keyshortcuts="Alt+N">
          {t('organisations.new')}
        </Link>
      </div>
      {isRegisterEmpty ? (
        <EmptyState
          title={t('organisations.emptyTitle')}
          actions={
            <>
              <Link to="/organisationer/ny" className="button">
                {t('organisations.new')}
              </Link>
              <LoadExampleButton />
            </>
          }
        >
          <p>{t('organisations.emptyBody')}</p>
        </EmptyState>
      ) : (
        <>
          <OrganisationFilters query={query} tags={tags} />
          {ids === undefined ? (
            <Loading label={t('app.loading')} />
          ) : (
            <>
              <p className="list-count" role="status">
                {t('organisations.count', { count: ids.length })}
              </p>
              {ids.length === 0 ? (
                <EmptyState
                  title={t('organisations.emptyFiltered')}
                  actions={
                    <button type="button" className="button" onClick={resetQuery}>
                      {t('organisations.clearFilters')}
                    </button>
                  }
                />
              ) : (
                <OrganisationTable ids={ids} />
              )}
            </>
          )}
        </>
      )}
    </div>
  );
}
