import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { countInquiries } from '../data/inquiryPages';
import { hasInquiryFilters, type InquiryListQuery } from '../data/inquiryQueries';
import { EmptyState } from '../../../ui/EmptyState';
import { Loading } from '../../../ui/Loading';
import { useVirtualRows } from '../../../ui/useVirtualRows';
import { InquirySelectionBar } from './InquirySelectionBar';
import { InquiryTable } from './InquiryTable';
import { useInquiryPlan } from './useInquiryData';
import type { InquiryLookups } from './useInquiryLookups';
import { isInFirstWindow, useInquiryRows, usePagedInquiryRows } from './useInquiryRows';

export type InquiryListViewProps = {
  query: InquiryListQuery;
  openOnly: boolean;
  lookups: InquiryLookups;
  clearFilters: (() => void) | null;
};

type ListBodyProps = InquiryListViewProps & { empty: ReactNode };

/**
 * A filtered list: the plan first (indexed reads); few matches are listed from their sorted ids,
 * many are paged from the sort index keeping the matches (no full key read at 50 000).
 */
function FilteredInquiryList({ query, openOnly, lookups, empty }: ListBodyProps) {
  const { t } = useTranslation();
  const plan = useInquiryPlan(query, openOnly);
  const ids = plan?.kind === 'ids' ? plan.ids : null;
  const matches = plan?.kind === 'scan' ? plan.matches : null;
  const rowCount = ids?.length ?? matches?.size ?? 0;
  const rows = useVirtualRows(rowCount);
  const byId = useInquiryRows(ids ?? [], rows.first, rows.last);
  const paged = usePagedInquiryRows(
    query.sort,
    openOnly,
    rows.first,
    rows.last,
    matches,
    plan?.kind === 'scan',
  );
  if (plan === undefined) return <Loading label={t('app.loading')} />;
  const rowAt = (index: number) =>
    ids ? byId.get(ids[index] ?? '') : paged?.rows[index - paged.start];
  return (
    <>
      <p className="list-count" role="status">
        {t('inquiries.count', { count: rowCount })}
      </p>
      {rowCount === 0 ? (
        empty
      ) : (
        <InquiryTable
          rowCount={rowCount}
          rows={rows}
          rowAt={rowAt}
          areaNames={lookups.areaNames}
          navigatorsById={lookups.navigatorsById}
        />
      )}
    </>
  );
}

/**
 * The unfiltered list: pages straight from the sort index, and the count in its own query, so the
 * first rows show without reading all keys; until counted, the list is as long as what is loaded.
 */
function PagedInquiryList({ query, openOnly, lookups, empty }: ListBodyProps) {
  const { t } = useTranslation();
  // The first page, then the count: counting is linear in IndexedDB and would hold it back.
  const window = usePagedInquiryRows(query.sort, openOnly, 0, 0);
  const isFirstPageIn = window !== undefined;
  const total = useLiveQuery(
    () => (isFirstPageIn ? countInquiries(openOnly) : Promise.resolve(undefined)),
    [openOnly, isFirstPageIn],
  );
  const rowCount = total ?? (window ? window.start + window.rows.length : 0);
  const rows = useVirtualRows(rowCount);
  // At the top of the list the first page is what is visible: no second read of the same rows.
  const atTop = isInFirstWindow(rows.first, rows.last);
  const scrolled = usePagedInquiryRows(query.sort, openOnly, rows.first, rows.last, null, !atTop);
  const visible = atTop ? window : scrolled;
  if (total === undefined && window === undefined) return <Loading label={t('app.loading')} />;
  const isEmpty = total === 0 || (total === undefined && window?.rows.length === 0);
  return (
    <>
      <p className="list-count" role="status">
        {total === undefined ? t('inquiries.counting') : t('inquiries.count', { count: total })}
      </p>
      {isEmpty ? (
        empty
      ) : (
        <InquiryTable
          rowCount={rowCount}
          rows={rows}
          rowAt={(index) => (visible ? visible.rows[index - visible.start] : undefined)}
          areaNames={lookups.areaNames}
          navigatorsById={lookups.navigatorsById}
        />
      )}
    </>
  );
}

/** The list view: a count line and the virtualised table (or why it is empty). */
export function InquiryListView(props: InquiryListViewProps) {
  const { t } = useTranslation();
  const { clearFilters } = props;
  const empty = (
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
  );
  return (
    <>
      <InquirySelectionBar />
      {hasInquiryFilters(props.query) ? (
        <FilteredInquiryList {...props} empty={empty} />
      ) : (
        <PagedInquiryList {...props} empty={empty} />
      )}
    </>
  );
}
