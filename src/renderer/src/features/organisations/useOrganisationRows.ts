import { useLiveQuery } from 'dexie-react-hooks';
import { organisationsByIds } from './data/organisationQueries';
import type { OrganisationEntity } from '../../domain/entities';

const CHUNK = 100;

/**
 * Loads the rows around the visible window, in aligned chunks so scrolling a few rows does not
 * re-query. Returns a lookup by id; missing ids are still loading.
 */
export function useOrganisationRows(
  ids: string[],
  firstIndex: number,
  lastIndex: number,
): Map<string, OrganisationEntity> {
  const start = Math.max(0, Math.floor(firstIndex / CHUNK) * CHUNK - CHUNK);
  const end = Math.min(ids.length, (Math.floor(lastIndex / CHUNK) + 2) * CHUNK);
  const windowIds = ids.slice(start, end);
  const rows = useLiveQuery(() => organisationsByIds(windowIds), [windowIds.join(',')]);
  const byId = new Map<string, OrganisationEntity>();
  for (const row of rows ?? []) if (row) byId.set(row.id, row);
  return byId;
}
