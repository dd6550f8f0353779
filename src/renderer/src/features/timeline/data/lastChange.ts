import { Dexie } from 'dexie';
import { db } from '../../../db/db';
import type { EntityType } from '../../../domain/entities';

export type LastChange = { at: string; navigatorName: string | null };

/**
 * Who changed a record last and when, from the (team-shared) event log: records themselves carry
 * no author, but every save writes an event with the navigator, on whichever machine it was made.
 */
export async function lastChangeOf(
  entityType: EntityType,
  entityId: string,
): Promise<LastChange | null> {
  const event = await db.events
    .where('[entityType+entityId+at]')
    .between([entityType, entityId, Dexie.minKey], [entityType, entityId, Dexie.maxKey])
    .last();
  if (!event) return null;
  const navigator = event.navigatorId ? await db.navigators.get(event.navigatorId) : undefined;
  return { at: event.at, navigatorName: navigator?.name ?? null };
}
