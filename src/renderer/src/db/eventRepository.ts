import type { EventEntity } from '../domain/entities';
import { nowIso } from '../lib/dates';
import { newId } from '../lib/ids';
import { db } from './db';

export type NewEvent = Omit<
  EventEntity,
  'id' | 'at' | 'organisationId' | 'inquiryId' | 'changes' | 'summary'
> &
  Partial<Pick<EventEntity, 'organisationId' | 'inquiryId' | 'changes' | 'summary' | 'at'>>;

/** Records one timeline/audit event. Call it inside the transaction of the write it describes. */
export async function recordEvent(event: NewEvent): Promise<void> {
  await db.events.add({
    id: newId(),
    at: event.at ?? nowIso(),
    organisationId: null,
    inquiryId: null,
    changes: [],
    summary: '',
    ...event,
  });
}
