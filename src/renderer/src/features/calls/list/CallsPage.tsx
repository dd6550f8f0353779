import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAppStore } from '../../../app/store';
import { listNavigators } from '../../settings/data/navigatorRepository';
import { EmptyState } from '../../../ui/EmptyState';
import { CallExport } from '../../exports/CallExport';
import { useReadySession } from '../../../session/SessionContext';
import { CallFilters } from './CallFilters';
import { CallListView } from './CallListView';
import { toCallListQuery, useCallFilters } from './useCallList';
import { useOrganisationName } from './useCallRows';

/** "Samtal": every logged call in the caseload, filtered by period, navigator, direction, outcome. */
export function CallsPage() {
  const { t } = useTranslation();
  const { settings } = useReadySession();
  const openCallDialog = useAppStore((state) => state.openCallDialog);
  const { filters, setFilters, clearFilters, hasFilters, searchWithoutOrganisation } =
    useCallFilters();
  const navigators = useLiveQuery(listNavigators, []);
  const organisationName = useOrganisationName(filters.organisationId);
  const navigatorsById = new Map((navigators ?? []).map((navigator) => [navigator.id, navigator]));
  const outcomeLabels = new Map(
    settings.callOutcomes.map((outcome) => [outcome.id, outcome.label]),
  );

  return (
    <div className="page page--list calls">
      <div className="page__header">
        <h1>{t('callsList.title')}</h1>
        <CallExport filters={filters} />
        <button
          type="button"
          className="button button--primary"
          aria-keyshortcuts="Control+L"
          onClick={() =>
            openCallDialog(
              filters.organisationId ? { organisationId: filters.organisationId } : undefined,
            )
          }
        >
          {t('callsList.logCall')}
          <kbd className="kbd" aria-hidden="true">
            {t('callsList.logCallShortcut')}
          </kbd>
        </button>
      </div>
      {filters.organisationId ? (
        <p className="calls__organisation">
          {t('callsList.organisationFilter', {
            name:
              organisationName === undefined
                ? t('app.loading')
                : organisationName || t('callsList.unknownOrganisation'),
          })}{' '}
          <Link to={{ search: searchWithoutOrganisation }}>{t('callsList.showAll')}</Link>
        </p>
      ) : null}
      <CallFilters
        filters={filters}
        navigators={navigators ?? []}
        outcomes={settings.callOutcomes}
        onChange={setFilters}
      />
      <CallListView
        query={toCallListQuery(filters)}
        navigatorsById={navigatorsById}
        outcomeLabels={outcomeLabels}
        empty={
          <EmptyState
            title={t('callsList.empty')}
            actions={
              hasFilters ? (
                <button type="button" className="button" onClick={clearFilters}>
                  {t('callsList.clearFilters')}
                </button>
              ) : undefined
            }
          />
        }
      />
    </div>
  );
}
