import { useTranslation } from 'react-i18next';
import type { InquiryListQuery } from '../../db/inquiryQueries';
import { EmptyState } from '../../ui/EmptyState';
import { Loading } from '../../ui/Loading';
import { InquiryBoard } from './InquiryBoard';
import { InquiryFilters } from './InquiryFilters';
import { InquiryTable } from './InquiryTable';
import { SavedViews } from './SavedViews';
import { useInquiryIds } from './useInquiryData';
import { toInquiryQuery, useInquiryFilters, type InquiryView } from './useInquiryFilters';
import { useInquiryLookups, type InquiryLookups } from './useInquiryLookups';

const VIEWS: readonly InquiryView[] = ['tavla', 'lista'];

type InquiryListViewProps = {
  query: InquiryListQuery;
  openOnly: boolean;
  lookups: InquiryLookups;
  clearFilters: (() => void) | null;
};

/** The list view: a count line and the virtualised table (or why it is empty). */
function InquiryListView({ query, openOnly, lookups, clearFilters }: InquiryListViewProps) {
  const { t } = useTranslation();
  const ids = useInquiryIds(query, openOnly);
  if (ids === undefined) return <Loading label={t('app.loading')} />;
  return (
    <>
      <p className="list-count" role="status">
        {t('inquiries.count', { count: ids.length })}
      </p>
      {ids.length === 0 ? (
        <EmptyState
          title={t('inquiries.emptyFiltered')}
          actions={
            clearFilters ? (
              <button type="button" className="button" onClick={clearFilters}>
                {t('inquiries.filters.clear')}
              </button>
            ) : undefined
          }
        />
      ) : (
        <InquiryTable
          ids={ids}
          areaNames={lookups.areaNames}
          navigatorsById={lookups.navigatorsById}
        />
      )}
    </>
  );
}

/** "Ärenden": the pipeline as a board or a list, filtered by URL params, with saved views. */
export function InquiriesPage() {
  const { t } = useTranslation();
  const { filters, setFilters, clearFilters, hasFilters, listSearchFor, search } =
    useInquiryFilters();
  const lookups = useInquiryLookups();
  const query = toInquiryQuery(filters);

  return (
    <div className={`page page--list inquiries inquiries--${filters.view}`}>
      <div className="page__header">
        <h1>{t('inquiries.title')}</h1>
        <div className="segmented" role="radiogroup" aria-label={t('inquiries.viewLabel')}>
          {VIEWS.map((view) => (
            <button
              key={view}
              type="button"
              role="radio"
              aria-checked={filters.view === view}
              className={`segmented__option${filters.view === view ? ' segmented__option--active' : ''}`}
              onClick={() => setFilters({ view })}
            >
              {t(`inquiries.views.${view}`)}
            </button>
          ))}
        </div>
      </div>
      <SavedViews search={search} />
      <InquiryFilters filters={filters} lookups={lookups} onChange={setFilters} />
      {filters.view === 'tavla' ? (
        <InquiryBoard query={query} lookups={lookups} listSearchFor={listSearchFor} />
      ) : (
        <InquiryListView
          query={query}
          openOnly={filters.openOnly}
          lookups={lookups}
          clearFilters={hasFilters ? clearFilters : null}
        />
      )}
    </div>
  );
}
