import { useLiveQuery } from 'dexie-react-hooks';
import { getBrief, listBriefs } from './data/briefQueries';
import {
  inquiryRowsByIds,
  queryInquiryIds,
  DEFAULT_INQUIRY_QUERY,
} from '../inquiries/data/inquiryQueries';
import type { InquiryRow } from '../inquiries/data/inquiryQueries';
import { organisationsByIds } from '../organisations/data/organisationQueries';
import { searchOrganisations } from '../organisations/data/organisationSearch';
import type { BriefEntity } from '../../domain/brief';
import type { OrganisationEntity } from '../../domain/entities';
import { todayIso } from '../../lib/dates';

/** Saved briefs, last changed first; undefined while loading. */
export function useBriefList(): BriefEntity[] | undefined {
  return useLiveQuery(listBriefs, []);
}

/** One saved brief: undefined while loading, null when it does not exist. */
export function useBrief(id: string | null): BriefEntity | null | undefined {
  return useLiveQuery(async () => (id ? getBrief(id) : null), [id]);
}

export function useOrganisation(id: string | null): OrganisationEntity | null | undefined {
  return useLiveQuery(
    async () => (id ? ((await organisationsByIds([id]))[0] ?? null) : null),
    [id],
  );
}

/**
 * Organisations matching the text, with the text they were found for: while a new search runs,
 * the hook still returns the previous one, and the caller must not treat those as the answer.
 */
export function useOrganisationMatches(
  text: string,
): { text: string; hits: OrganisationEntity[] } | undefined {
  return useLiveQuery(async () => ({ text, hits: await searchOrganisations(text, 8) }), [text]);
}

/** The chosen inquiries, in the chosen order, with their organisation's name. */
export function useInquiryRows(ids: string[]): InquiryRow[] | undefined {
  const key = ids.join(',');
  return useLiveQuery(async () => {
    const rows = await inquiryRowsByIds(key === '' ? [] : key.split(','));
    return rows;
  }, [key]);
}

/** Inquiries whose text matches, newest first (only once a couple of letters are typed). */
export function useInquiryMatches(text: string): InquiryRow[] | undefined {
  return useLiveQuery(async () => {
    if (text.trim().length < 2) return [];
    const ids = await queryInquiryIds({ ...DEFAULT_INQUIRY_QUERY, text }, todayIso());
    return inquiryRowsByIds(ids.slice(0, 8));
  }, [text]);
}
