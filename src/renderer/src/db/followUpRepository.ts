import { DomainError } from '../domain/domainError';
import type { FollowUpEntity } from '../domain/entities';
import { isIsoDate, nowIso } from '../lib/dates';
import { db } from './db';
import { recordEvent } from './eventRepository';

type ActorId = string | null;

async function changeFollowUp(
  id: string,
  patch: Partial<FollowUpEntity>,
  kind: 'updated',
  actorId: ActorId,
): Promise<void> {
  await db.transaction('rw', db.followUps, db.events, async () => {
    const before = await db.followUps.get(id);
    if (!before) throw new DomainError('notFound');
    const at = nowIso();
    const changes = Object.entries(patch).map(([field, to]) => ({
      field,
      from: before[field as keyof FollowUpEntity],
      to,
    }));
    await db.followUps.update(id, { ...patch, updatedAt: at });
    await recordEvent({
      at,
      navigatorId: actorId,
      entityType: 'followUp',
      entityId: id,
      organisationId: before.organisationId,
      inquiryId: before.inquiryId,
      kind,
      changes,
      summary: before.nextStep,
    });
  });
}

export function completeFollowUp(id: string, actorId: ActorId): Promise<void> {
  return changeFollowUp(id, { status: 'done', doneAt: nowIso() }, 'updated', actorId);
}

export function reopenFollowUp(id: string, actorId: ActorId): Promise<void> {
  return changeFollowUp(id, { status: 'open', doneAt: null }, 'updated', actorId);
}

export function rescheduleFollowUp(id: string, dueDate: string, actorId: ActorId): Promise<void> {
  if (!isIsoDate(dueDate)) throw new DomainError('dateInvalid');
  return changeFollowUp(id, { dueDate }, 'updated', actorId);
}

export function reassignFollowUp(id: string, navigatorId: string, actorId: ActorId): Promise<void> {
  return changeFollowUp(id, { navigatorId }, 'updated', actorId);
}
