import {
  loadAgendaBriefData,
  loadManagementBriefData,
  loadOrganisationBriefData,
} from './data/briefQueries';
import type { BriefKind } from '../../domain/brief';
import { dayBoundsIso } from '../../lib/dates';

export type GatherInput = {
  isFrozen: boolean;
  kind: BriefKind;
  organisationId: string | null;
  /** The agenda's inquiry ids joined by commas. */
  inquiryKey: string;
  periodStart: string | null;
  periodEnd: string | null;
  today: string;
};

/** The data one brief is built from; every await is a Dexie read, so it runs inside useLiveQuery. */
export async function gatherBriefData({
  isFrozen,
  kind,
  organisationId,
  inquiryKey,
  periodStart,
  periodEnd,
  today,
}: GatherInput) {
  if (isFrozen) return { kind: 'frozen' as const };
  if (kind === 'organisation') {
    const data = organisationId ? await loadOrganisationBriefData(organisationId) : null;
    return data ? { kind, data } : { kind: 'missing' as const };
  }
  if (kind === 'agenda') {
    const ids = inquiryKey === '' ? [] : inquiryKey.split(',');
    return { kind, data: await loadAgendaBriefData(ids) };
  }
  if (!periodStart || !periodEnd || periodEnd < periodStart) return { kind: 'missing' as const };
  const period = {
    start: periodStart,
    end: periodEnd,
    startAt: dayBoundsIso(periodStart).start,
    endAt: dayBoundsIso(periodEnd).end,
  };
  return { kind, data: await loadManagementBriefData(period, today) };
}
