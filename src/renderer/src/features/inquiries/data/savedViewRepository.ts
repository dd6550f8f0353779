import { DomainError } from '../../../domain/domainError';
import type { SavedViewEntity } from '../../../domain/entities';
import { swedishCollator } from '../../../domain/swedishText';
import { nowIso } from '../../../lib/dates';
import { newId } from '../../../lib/ids';
import { db } from '../../../db/db';
import { recordEvent } from '../../../db/eventRepository';

type ActorId = string | null;

/** A saved view of the inquiry list: its query is the list's URL search string (without "?"). */
export type SavedInquiryView = Pick<SavedViewEntity, 'id' | 'name' | 'createdBy'> & {
  query: string;
};

const MAX_NAME_LENGTH = 80;

/** Stored views are checked when loaded: one whose query is not a search string is skipped. */
function asInquiryView(view: SavedViewEntity): SavedInquiryView[] {
  if (typeof view.query !== 'string') return [];
  return [{ id: view.id, name: view.name, query: view.query, createdBy: view.createdBy }];
}

/** The saved inquiry views, in Swedish name order. */
export async function listViews(): Promise<SavedInquiryView[]> {
  const views = await db.savedViews.where('scope').equals('inquiries').toArray();
  return views.flatMap(asInquiryView).sort((a, b) => swedishCollator.compare(a.name, b.name));
}

/**
 * Saves the current filters under a name. A view with the same name (ignoring case) is replaced, so
 * saving "Mina IOP" again updates it instead of listing two views nobody can tell apart.
 */
export async function saveView(
  rawName: string,
  query: string,
  actorId: ActorId,
): Promise<SavedInquiryView> {
  const name = rawName.trim();
  if (name === '') throw new DomainError('nameRequired');
  if (name.length > MAX_NAME_LENGTH) throw new DomainError('invalid', { field: 'name' });
  const search = query.replace(/^\?/, '');
  return db.transaction('rw', db.savedViews, db.events, async () => {
    const existing = await db.savedViews
      .where('scope')
      .equals('inquiries')
      .filter((view) => swedishCollator.compare(view.name, name) === 0)
      .first();
    const at = nowIso();
    const view: SavedViewEntity = existing
      ? { ...existing, name, query: search, updatedAt: at }
      : {
          id: newId(),
          scope: 'inquiries',
          name,
          query: search,
          createdBy: actorId,
          createdAt: at,
          updatedAt: at,
        };
    await db.savedViews.put(view);
    await recordEvent({
      at,
      navigatorId: actorId,
      entityType: 'settings',
      entityId: view.id,
      kind: existing ? 'updated' : 'created',
      changes: existing ? [{ field: 'query', from: existing.query, to: search }] : [],
      summary: name,
    });
    return { id: view.id, name, query: search, createdBy: view.createdBy };
  });
}

/** Removes a saved view (a preference, not a public record), with an event naming it. */
export async function deleteView(id: string, actorId: ActorId): Promise<void> {
  await db.transaction('rw', db.savedViews, db.events, async () => {
    const view = await db.savedViews.get(id);
    if (!view) throw new DomainError('notFound');
    await db.savedViews.delete(id);
    await recordEvent({
      navigatorId: actorId,
      entityType: 'settings',
      entityId: id,
      kind: 'deleted',
      summary: view.name,
    });
  });
}
