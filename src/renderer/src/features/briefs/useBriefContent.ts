import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { buildAgendaBrief } from './model/agendaBrief';
import { isBriefContent, type BriefContent } from './model/briefContent';
import type { BriefOptions } from './model/briefData';
import { buildManagementBrief } from './model/managementBrief';
import { buildOrganisationBrief } from './model/organisationBrief';
import { todayIso } from '../../lib/dates';
import type { BriefDraft } from './briefDraft';
import { gatherBriefData } from './gatherBriefData';
import { useBriefLabels } from './useBriefLabels';

export type BriefContentState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'ready'; content: BriefContent; missingInquiries: number };

/**
 * The brief's document: frozen content as stored, otherwise gathered live from the database (so the
 * preview follows the data) and built by the pure builders in domain/briefs.
 */
export function useBriefContent(draft: BriefDraft, frozenContent: unknown): BriefContentState {
  const { labels, format } = useBriefLabels();
  const today = todayIso();
  const isFrozen = isBriefContent(frozenContent);
  const { kind, organisationId, periodStart, periodEnd } = draft;
  const inquiryKey = draft.inquiryIds.join(',');
  /** What the gathered data was read for: a result for other choices is stale, not shown. */
  const queryKey = [isFrozen, kind, organisationId, inquiryKey, periodStart, periodEnd, today].join(
    '|',
  );

  const gathered = useLiveQuery(
    async () => ({
      queryKey,
      ...(await gatherBriefData({
        isFrozen,
        kind,
        organisationId,
        inquiryKey,
        periodStart,
        periodEnd,
        today,
      })),
    }),
    [queryKey],
  );

  const options: BriefOptions = useMemo(
    () => ({
      title: draft.title,
      meetingDate: draft.meetingDate,
      place: draft.place,
      participants: draft.participants,
      sections: draft.sections,
      texts: draft.texts,
      today,
    }),
    [draft, today],
  );

  return useMemo((): BriefContentState => {
    if (isBriefContent(frozenContent))
      return { status: 'ready', content: frozenContent, missingInquiries: 0 };
    // A long management period can take seconds at the stress scale: say so instead of old figures.
    if (gathered === undefined || gathered.queryKey !== queryKey) return { status: 'loading' };
    switch (gathered.kind) {
      case 'frozen':
        return { status: 'loading' };
      case 'missing':
        return { status: 'missing' };
      case 'organisation':
        return {
          status: 'ready',
          content: buildOrganisationBrief(gathered.data, options, labels, format),
          missingInquiries: 0,
        };
      case 'agenda':
        return {
          status: 'ready',
          content: buildAgendaBrief(gathered.data, options, labels, format),
          missingInquiries: draft.inquiryIds.length - gathered.data.items.length,
        };
      case 'management':
        return {
          status: 'ready',
          content: buildManagementBrief(gathered.data, options, labels, format),
          missingInquiries: 0,
        };
    }
  }, [frozenContent, gathered, queryKey, options, labels, format, draft.inquiryIds.length]);
}
