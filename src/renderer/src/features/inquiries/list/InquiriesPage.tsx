import { useTranslation } from 'react-i18next';
import { InquiryExport } from '../../exports/InquiryExport';
import { InquiryBoard } from './InquiryBoard';
import { InquiryFilters } from './InquiryFilters';
import { InquiryListView } from './InquiryListView';
import { SavedViews } from './SavedViews';
import { toInquiryQuery, useInquiryFilters, type InquiryView } from './useInquiryFilters';
import { useInquiryLookups } from './useInquiryLookups';

const VIEWS: readonly InquiryView[] = ['tavla', 'lista'];

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
        <InquiryExport
          query={query}
          openOnly={filters.openOnly}
          isBoard={filters.view === 'tavla'}
          search={search}
        />
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
