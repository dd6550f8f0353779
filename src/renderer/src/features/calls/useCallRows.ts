import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db';
import type { CallEntity } from '../../domain/entities';

/** Names by id; an id that was looked up but not found maps to null (not still loading). */
export type CallRowNames = {
  organisations: Map<string, string | null>;
  contactPersons: Map<string, string | null>;
};

const CHUNK = 100;

/** Names for a window of calls; both awaits are Dexie reads, so liveQuery keeps tracking. */
async function loadNames(organisationIds: string[], contactIds: string[]): Promise<CallRowNames> {
  const organisations = await db.organisations.bulkGet(organisationIds);
  const contactPersons = await db.contactPersons.bulkGet(contactIds);
  return {
    organisations: new Map(organisationIds.map((id, i) => [id, organisations[i]?.name ?? null])),
    contactPersons: new Map(contactIds.map((id, i) => [id, contactPersons[i]?.name ?? null])),
  };
}

/**
 * Organisation and contact person names for the calls around the visible window, in aligned
 * chunks (as the organisation list does). Missing names are still loading.
 */
export function useCallRows(
  calls: CallEntity[],
  firstIndex: number,
  lastIndex: number,
): CallRowNames {
  const start = Math.max(0, Math.floor(firstIndex / CHUNK) * CHUNK - CHUNK);
  const end = Math.min(calls.length, (Math.floor(lastIndex / CHUNK) + 2) * CHUNK);
  const windowCalls = calls.slice(start, end);
  const organisationIds = [...new Set(windowCalls.map((call) => call.organisationId))];
  const contactIds = [
    ...new Set(windowCalls.flatMap((call) => (call.contactPersonId ? [call.contactPersonId] : []))),
  ];
  const names = useLiveQuery(
    () => loadNames(organisationIds, contactIds),
    [organisationIds.join(','), contactIds.join(',')],
  );
  return names ?? EMPTY;
}

const EMPTY: CallRowNames = { organisations: new Map(), contactPersons: new Map() };

/** The name of one organisation (for the "only this organisation" line); '' when it is unknown. */
export function useOrganisationName(organisationId: string): string | undefined {
  return useLiveQuery(
    async () => (organisationId ? ((await db.organisations.get(organisationId))?.name ?? '') : ''),
    [organisationId],
  );
}
