import { useSearchParams } from 'react-router';
import type { InquiryListQuery, InquirySort } from '../data/inquiryQueries';
import {
  HANDOFF_PATHS,
  INQUIRY_STAGES,
  type HandoffPath,
  type InquiryStage,
} from '../../../domain/entities';
import { dayBoundsIso, isIsoDate } from '../../../lib/dates';

export type InquiryView = 'tavla' | 'lista';

/** What the screen shows; dates are local calendar days (yyyy-MM-dd), '' means no limit. */
export type InquiryFilterValues = {
  view: InquiryView;
  stage: InquiryStage | '';
  priorityAreaId: string;
  unitId: string;
  navigatorId: string;
  handoffPath: HandoffPath | '';
  hasOverdueFollowUp: boolean;
  /** Only IOPs decided although the answers show a risk. */
  iopRisk: boolean;
  /** List only: leave out closed inquiries (the query itself has a single stage). */
  openOnly: boolean;
  from: string;
  to: string;
  text: string;
  sort: InquirySort;
};

/** The URL search params the filters live in, so Back, reload and saved views keep them. */
export const INQUIRY_PARAMS: Record<keyof InquiryFilterValues, string> = {
  view: 'vy',
  stage: 'steg',
  priorityAreaId: 'omrade',
  unitId: 'enhet',
  navigatorId: 'lots',
  handoffPath: 'vag',
  hasOverdueFollowUp: 'forsenad',
  iopRisk: 'ioprisk',
  openOnly: 'oppna',
  from: 'fran',
  to: 'till',
  text: 'sok',
  sort: 'sortering',
};

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/** Reads the filters from search params; unknown or invalid values fall back to "all". */
export function readInquiryFilters(params: URLSearchParams): InquiryFilterValues {
  const read = (key: keyof InquiryFilterValues) => params.get(INQUIRY_PARAMS[key]) ?? '';
  const stage = read('stage');
  const handoffPath = read('handoffPath');
  const from = read('from');
  const to = read('to');
  return {
    view: read('view') === 'lista' ? 'lista' : 'tavla',
    stage: isOneOf(INQUIRY_STAGES, stage) ? stage : '',
    priorityAreaId: read('priorityAreaId'),
    unitId: read('unitId'),
    navigatorId: read('navigatorId'),
    handoffPath: isOneOf(HANDOFF_PATHS, handoffPath) ? handoffPath : '',
    hasOverdueFollowUp: read('hasOverdueFollowUp') === '1',
    iopRisk: read('iopRisk') === '1',
    openOnly: read('openOnly') === '1',
    from: isIsoDate(from) ? from : '',
    to: isIsoDate(to) ? to : '',
    text: read('text'),
    sort: read('sort') === 'inkommet' ? 'received' : 'updated',
  };
}

/** A value as written in the URL; '' (the default) removes the param. */
function paramValue(key: keyof InquiryFilterValues, value: string | boolean): string {
  if (typeof value === 'boolean') return value ? '1' : '';
  if (key === 'view') return value === 'lista' ? 'lista' : '';
  if (key === 'sort') return value === 'received' ? 'inkommet' : '';
  return value;
}

/** The params with a patch applied, keys sorted so equal filters give equal strings. */
export function patchedSearch(
  params: URLSearchParams,
  patch: Partial<InquiryFilterValues>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(patch) as [keyof InquiryFilterValues, string][]) {
    const written = paramValue(key, value);
    if (written) next.set(INQUIRY_PARAMS[key], written);
    else next.delete(INQUIRY_PARAMS[key]);
  }
  next.sort();
  return next;
}

/** A search string in a stable form (sorted, no "?"), to compare a URL with saved views. */
export function normaliseSearch(search: string): string {
  const params = new URLSearchParams(search);
  params.sort();
  return params.toString();
}

/** The data layer's query for the filters (the stage is the list's; the board ignores it). */
export function toInquiryQuery(filters: InquiryFilterValues): InquiryListQuery {
  return {
    stage: filters.stage,
    priorityAreaId: filters.priorityAreaId,
    unitId: filters.unitId,
    navigatorId: filters.navigatorId,
    handoffPath: filters.handoffPath,
    hasOverdueFollowUp: filters.hasOverdueFollowUp,
    iopRisk: filters.iopRisk,
    fromIso: filters.from ? dayBoundsIso(filters.from).start : '',
    toIso: filters.to ? dayBoundsIso(filters.to).end : '',
    text: filters.text,
    sort: filters.sort,
  };
}

const FILTER_KEYS = (Object.keys(INQUIRY_PARAMS) as (keyof InquiryFilterValues)[]).filter(
  (key) => key !== 'view' && key !== 'sort',
);

/** The filters read from (and written to) the URL. */
export function useInquiryFilters() {
  const [params, setParams] = useSearchParams();
  const filters = readInquiryFilters(params);

  const setFilters = (patch: Partial<InquiryFilterValues>) =>
    setParams((previous) => patchedSearch(previous, patch), { replace: true });

  /** Back to no filters; the view and the sort order stay. */
  const clearFilters = () =>
    setParams(patchedSearch(new URLSearchParams(), { view: filters.view, sort: filters.sort }), {
      replace: true,
    });

  const hasFilters = FILTER_KEYS.some((key) => params.has(INQUIRY_PARAMS[key]));

  /** "?…" for the list filtered by one stage, keeping the other filters (the board's links). */
  const listSearchFor = (stage: InquiryStage) =>
    `?${patchedSearch(params, { view: 'lista', stage, openOnly: false }).toString()}`;

  return {
    filters,
    setFilters,
    clearFilters,
    hasFilters,
    listSearchFor,
    search: normaliseSearch(params.toString()),
  };
}
