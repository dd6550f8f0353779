import type { CallDirection, CallEntity } from '../domain/entities';
import { db } from './db';

export type CallListQuery = {
  /** ISO timestamps bounding the period (inclusive), from the local days the user chose. */
  fromIso: string;
  toIso: string;
  navigatorId: string;
  organisationId: string;
  direction: CallDirection | '';
  outcome: string;
};

/**
 * Calls in a period, newest first. The most selective index carries the range (organisation,
 * navigator or time); direction and outcome are then checked on the rows of that range.
 */
export async function queryCalls(query: CallListQuery): Promise<CallEntity[]> {
  const lower = query.fromIso;
  const upper = query.toIso;
  const collection = query.organisationId
    ? db.calls
        .where('[organisationId+occurredAt]')
        .between([query.organisationId, lower], [query.organisationId, upper])
    : query.navigatorId
      ? db.calls
          .where('[navigatorId+occurredAt]')
          .between([query.navigatorId, lower], [query.navigatorId, upper])
      : db.calls.where('occurredAt').between(lower, upper);
  const calls = await collection
    .reverse()
    .filter(
      (call) =>
        (!query.direction || call.direction === query.direction) &&
        (!query.outcome || call.outcome === query.outcome) &&
        (!query.navigatorId || call.navigatorId === query.navigatorId),
    )
    .toArray();
  return calls;
}
