import type { CallEntity, EventEntity, FollowUpEntity } from '../../../domain/entities';
import { db } from '../../../db/db';

export type TimelineItem =
  | { kind: 'call'; at: string; call: CallEntity }
  | { kind: 'followUp'; at: string; followUp: FollowUpEntity }
  | { kind: 'event'; at: string; event: EventEntity };

export type TimelineKind = TimelineItem['kind'];

/** Calls and follow-ups are shown as themselves; their "created" events would only repeat them. */
const isShownAsItself = (event: EventEntity) =>
  event.kind === 'created' && (event.entityType === 'call' || event.entityType === 'followUp');

/** An organisation's (or an inquiry's) history, newest first: calls, follow-ups and changes. */
export async function timelineOf(
  scope: { organisationId: string } | { inquiryId: string },
  limit = 300,
): Promise<TimelineItem[]> {
  // Sequential awaits of Dexie queries only: this runs inside liveQuery (see organisationQueries.ts).
  const byOrganisation = 'organisationId' in scope;
  const id = byOrganisation ? scope.organisationId : scope.inquiryId;
  const range = [
    [id, ''],
    [id, '\uffff'],
  ] as const;
  const calls = await db.calls
    .where(byOrganisation ? '[organisationId+occurredAt]' : '[inquiryId+occurredAt]')
    .between(...range)
    .reverse()
    .limit(limit)
    .toArray();
  const followUps = await db.followUps
    .where(byOrganisation ? 'organisationId' : 'inquiryId')
    .equals(id)
    .toArray();
  const events = await db.events
    .where(byOrganisation ? '[organisationId+at]' : '[inquiryId+at]')
    .between(...range)
    .reverse()
    .limit(limit)
    .toArray();
  const items: TimelineItem[] = [
    ...calls.map((call) => ({ kind: 'call' as const, at: call.occurredAt, call })),
    ...followUps.map((followUp) => ({ kind: 'followUp' as const, at: followUp.dueDate, followUp })),
    ...events
      .filter((event) => !isShownAsItself(event))
      .map((event) => ({ kind: 'event' as const, at: event.at, event })),
  ];
  return items.sort((a, b) => b.at.localeCompare(a.at)).slice(0, limit);
}
