import { useSearchParams } from 'react-router';
import type { CallListQuery } from '../data/callPages';
import { CALL_DIRECTIONS, type CallDirection } from '../../../domain/entities';
import { addDaysIso, dayBoundsIso, isIsoDate, todayIso } from '../../../lib/dates';

/** What the call list is filtered by; dates are local calendar days (yyyy-MM-dd), '' means all. */
export type CallFilterValues = {
  from: string;
  to: string;
  navigatorId: string;
  direction: CallDirection | '';
  outcome: string;
  organisationId: string;
};

/** The default period: the last 30 days, today included. */
export const DEFAULT_PERIOD_DAYS = 30;

/** The URL search params the filters live in, so Back and shared links keep them. */
const PARAMS: Record<keyof CallFilterValues, string> = {
  from: 'fran',
  to: 'till',
  navigatorId: 'lots',
  direction: 'riktning',
  outcome: 'utfall',
  organisationId: 'organisation',
};

function isCallDirection(value: string): value is CallDirection {
  return (CALL_DIRECTIONS as readonly string[]).includes(value);
}

/** The filters read from (and written to) the URL; invalid or missing values fall back to defaults. */
export function useCallFilters() {
  const [params, setParams] = useSearchParams();
  const today = todayIso();
  const read = (key: keyof CallFilterValues) => params.get(PARAMS[key]) ?? '';
  const from = read('from');
  const to = read('to');
  const direction = read('direction');
  const filters: CallFilterValues = {
    from: isIsoDate(from) ? from : addDaysIso(today, -DEFAULT_PERIOD_DAYS),
    to: isIsoDate(to) ? to : today,
    navigatorId: read('navigatorId'),
    direction: isCallDirection(direction) ? direction : '',
    outcome: read('outcome'),
    organisationId: read('organisationId'),
  };

  const setFilters = (patch: Partial<CallFilterValues>) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(patch) as [keyof CallFilterValues, string][]) {
          if (value) next.set(PARAMS[key], value);
          else next.delete(PARAMS[key]);
        }
        return next;
      },
      { replace: true },
    );

  /** Back to the defaults; an organisation chosen from its page stays (it has its own link). */
  const clearFilters = () => {
    const next = new URLSearchParams();
    if (filters.organisationId) next.set(PARAMS.organisationId, filters.organisationId);
    setParams(next, { replace: true });
  };

  const hasFilters = (['from', 'to', 'navigatorId', 'direction', 'outcome'] as const).some((key) =>
    params.has(PARAMS[key]),
  );

  /** The current search without the organisation, for the "Visa alla" link. */
  const withoutOrganisation = new URLSearchParams(params);
  withoutOrganisation.delete(PARAMS.organisationId);

  return {
    filters,
    setFilters,
    clearFilters,
    hasFilters,
    searchWithoutOrganisation: `?${withoutOrganisation.toString()}`,
  };
}

/** The filters as a query over stored timestamps: the local days' bounds, the rest as chosen. */
export function toCallListQuery(filters: CallFilterValues): CallListQuery {
  const { navigatorId, organisationId, direction, outcome } = filters;
  return {
    fromIso: dayBoundsIso(filters.from).start,
    toIso: dayBoundsIso(filters.to).end,
    navigatorId,
    organisationId,
    direction,
    outcome,
  };
}
