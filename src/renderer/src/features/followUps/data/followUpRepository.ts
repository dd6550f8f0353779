import { DomainError } from '../../../domain/domainError';
import type { FollowUpEntity } from '../../../domain/entities';
import { isIsoDate, nowIso } from '../../../lib/dates';
import { newId } from '../../../lib/ids';
import { db } from '../../../db/db';
import { recordEvent } from '../../../db/eventRepository';

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

export type NewFollowUp = Pick<
  FollowUpEntity,
  'organisationId' | 'inquiryId' | 'callId' | 'navigatorId' | 'dueDate' | 'nextStep'
>;

/**
 * Adds an open follow-up and its event; call inside a transaction over followUps and events.
 * `actorId` is who created it, `input.navigatorId` who is to do it.
 */
export async function insertFollowUp(
  input: NewFollowUp,
  actorId: ActorId,
  at: string,
): Promise<FollowUpEntity> {
  const followUp: FollowUpEntity = {
    id: newId(),
    ...input,
    status: 'open',
    doneAt: null,
    createdAt: at,
    updatedAt: at,
  };
  await db.followUps.add(followUp);
  await recordEvent({
    at,
    navigatorId: actorId,
    entityType: 'followUp',
    entityId: followUp.id,
    organisationId: followUp.organisationId,
    inquiryId: followUp.inquiryId,
    kind: 'created',
    summary: `${followUp.dueDate}: ${followUp.nextStep}`,
  });
  return followUp;
}
