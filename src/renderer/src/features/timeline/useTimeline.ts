import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db';
import { timelineOf, type TimelineItem } from './data/timelineQueries';
import type { ContactPersonEntity, NavigatorEntity } from '../../domain/entities';

export type TimelineScope = { organisationId: string } | { inquiryId: string };

/** The timeline's items, live, with the people they name. */
export function useTimeline(scope: TimelineScope): {
  items: TimelineItem[] | undefined;
  navigators: Map<string, NavigatorEntity>;
  people: Map<string, ContactPersonEntity>;
} {
  const scopeKey = 'organisationId' in scope ? `o:${scope.organisationId}` : `i:${scope.inquiryId}`;
  // Keyed by the scope's id: the scope object itself is new on every render.
  const items = useLiveQuery(() => timelineOf(scope), [scopeKey]);
  const navigators = useLiveQuery(() => db.navigators.toArray(), []);
  const personIds = [
    ...new Set(
      (items ?? []).flatMap((item) =>
        item.kind === 'call' && item.call.contactPersonId ? [item.call.contactPersonId] : [],
      ),
    ),
  ];
  const people = useLiveQuery(() => db.contactPersons.bulkGet(personIds), [personIds.join(',')]);
  return {
    items,
    navigators: new Map((navigators ?? []).map((navigator) => [navigator.id, navigator])),
    people: new Map(
      (people ?? []).flatMap((person) => (person ? [[person.id, person] as const] : [])),
    ),
  };
}
