import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { countCallRange, isSingleRangeQuery, queryCallIds } from '../data/callPages';
import type { CallListQuery } from '../data/callPages';
import type { NavigatorEntity } from '../../../domain/entities';
import { Loading } from '../../../ui/Loading';
import { useVirtualRows } from '../../../ui/useVirtualRows';
import { CallTable } from './CallTable';
import { useCallPageByIds, useCallRangePage } from './useCallRows';

export type CallListViewProps = {
  query: CallListQuery;
  navigatorsById: Map<string, NavigatorEntity>;
  outcomeLabels: Map<string, string>;
  /** What to show when no call matches. */
  empty: ReactNode;
};

const queryDeps = (query: CallListQuery) => [
  query.fromIso,
  query.toIso,
  query.navigatorId,
  query.organisationId,
  query.direction,
  query.outcome,
];

/**
 * At most one filter: the list is one index range, paged from the index. The first rows come
 * first and the count after them (counting is linear in IndexedDB and would hold them back); until
 * counted, the list is as long as what is loaded.
 */
function RangeCallList({ query, navigatorsById, outcomeLabels, empty }: CallListViewProps) {
  const { t } = useTranslation();
  const firstPage = useCallRangePage(query, 0, 0);
  const isFirstPageIn = firstPage !== undefined;
  const total = useLiveQuery(
    () => (isFirstPageIn ? countCallRange(query) : undefined),
    [...queryDeps(query), isFirstPageIn],
  );
  const rowCount = total ?? firstPage?.calls.length ?? 0;
  const rows = useVirtualRows(rowCount);
  const page = useCallRangePage(query, rows.first, rows.last);
  if (firstPage === undefined) return <Loading label={t('app.loading')} />;
  const isEmpty = total === 0 || (total === undefined && firstPage.calls.length === 0);
  return (
    <>
      <p className="list-count" role="status">
        {total === undefined ? t('callsList.counting') : t('callsList.count', { count: total })}
      </p>
      {isEmpty ? (
        empty
      ) : (
        <CallTable
          rowCount={rowCount}
          rows={rows}
          page={page ?? firstPage}
          navigatorsById={navigatorsById}
          outcomeLabels={outcomeLabels}
        />
      )}
    </>
  );
}

/** Several filters: their key ranges intersected, rows read for the visible window. */
function IntersectedCallList({ query, navigatorsById, outcomeLabels, empty }: CallListViewProps) {
  const { t } = useTranslation();
  const ids = useLiveQuery(() => queryCallIds(query), queryDeps(query));
  const rows = useVirtualRows(ids?.length ?? 0);
  const page = useCallPageByIds(ids ?? [], rows.first, rows.last);
  if (ids === undefined) return <Loading label={t('app.loading')} />;
  return (
    <>
      <p className="list-count" role="status">
        {t('callsList.count', { count: ids.length })}
      </p>
      {ids.length === 0 ? (
        empty
      ) : (
        <CallTable
          rowCount={ids.length}
          rows={rows}
          page={page}
          navigatorsById={navigatorsById}
          outcomeLabels={outcomeLabels}
        />
      )}
    </>
  );
}

/** The count line and the virtualised call table (or why it is empty). */
export function CallListView(props: CallListViewProps) {
  // A new query is a new list: without the key, the last query's rows and count would show (and
  // its count would start at once) until the new reads are in.
  const key = queryDeps(props.query).join('|');
  return isSingleRangeQuery(props.query) ? (
    <RangeCallList key={key} {...props} />
  ) : (
    <IntersectedCallList key={key} {...props} />
  );
}
