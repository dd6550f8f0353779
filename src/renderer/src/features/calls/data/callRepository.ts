import { validateCallInput, type ValidCall } from '../model/callInput';
import { EMPTY_CONTACT_PERSON_INPUT } from '../../contacts/model/contactPersonInput';
import { DomainError } from '../../../domain/domainError';
import type { CallEntity, FollowUpEntity } from '../../../domain/entities';
import { fieldChanges } from '../../../domain/fieldChanges';
import { EMPTY_ORGANISATION_INPUT } from '../../organisations/model/organisationInput';
import { now, nowIso } from '../../../lib/dates';
import { newId } from '../../../lib/ids';
import {
  insertContactPerson,
  validatedContactPerson,
} from '../../contacts/data/contactPersonRepository';
import { db } from '../../../db/db';
import { recordEvent } from '../../../db/eventRepository';
import { insertFollowUp } from '../../followUps/data/followUpRepository';
import { insertInquiry } from '../../inquiries/data/inquiryRepository';
import {
  insertOrganisation,
  validatedOrganisation,
} from '../../organisations/data/organisationRepository';

type ActorId = string | null;

export type LoggedCall = {
  call: CallEntity;
  followUp: FollowUpEntity | null;
  organisationId: string;
};

function validatedCall(raw: unknown): ValidCall {
  const result = validateCallInput(raw, now());
  if (!result.ok) {
    const [field, code] = Object.entries(result.errors)[0] ?? ['summary', 'invalid'];
    throw new DomainError('call.invalidField', { field, code: code ?? 'invalid' });
  }
  return result.value;
}

const summaryLine = (text: string) =>
  (text.length > 80 ? `${text.slice(0, 79)}…` : text).split('\n')[0] ?? '';

/** "Senast kontaktad" follows the newest call; a back-dated call never moves it backwards. */
async function refreshLastContacted(organisationId: string): Promise<void> {
  const latest = await db.calls
    .where('[organisationId+occurredAt]')
    .between([organisationId, ''], [organisationId, '\uffff'])
    .last();
  await db.organisations.update(organisationId, { lastContactedAt: latest?.occurredAt ?? null });
}

/**
 * Saves a call with everything it brings — a new organisation, contact person or inquiry, the
 * follow-up of its next step, and their events — in ONE transaction: all or nothing.
 */
export async function logCall(raw: unknown, actorId: ActorId): Promise<LoggedCall> {
  const input = validatedCall(raw);
  const newOrganisation =
    input.organisation.kind === 'new'
      ? validatedOrganisation({
          ...EMPTY_ORGANISATION_INPUT,
          legalForm: 'annan',
          name: input.organisation.name,
        })
      : null;
  const newContact =
    input.contact.kind === 'new'
      ? validatedContactPerson({
          ...EMPTY_CONTACT_PERSON_INPUT,
          name: input.contact.name,
          phone: input.contact.phone,
        })
      : null;
  const tables = [
    db.organisations,
    db.contactPersons,
    db.inquiries,
    db.calls,
    db.followUps,
    db.events,
  ];
  return db.transaction('rw', tables, async () => {
    const organisationId =
      newOrganisation !== null
        ? (await insertOrganisation(newOrganisation, actorId)).id
        : input.organisation.kind === 'existing'
          ? input.organisation.id
          : '';
    const organisation = await db.organisations.get(organisationId);
    if (!organisation) throw new DomainError('notFound');

    let contactPersonId: string | null = null;
    if (newContact !== null)
      contactPersonId = (await insertContactPerson(organisationId, newContact, actorId)).id;
    else if (input.contact.kind === 'existing') {
      const person = await db.contactPersons.get(input.contact.id);
      if (person?.organisationId !== organisationId)
        throw new DomainError('call.contactNotInOrganisation');
      contactPersonId = person.id;
    }

    let inquiryId: string | null = null;
    if (input.inquiry.kind === 'new') {
      const inquiry = await insertInquiry(
        {
          organisationId,
          contactPersonId,
          title: input.inquiry.title,
          offer: input.inquiry.offer,
          receivedAt: input.occurredAt,
          responsibleNavigatorId: actorId,
        },
        actorId,
      );
      inquiryId = inquiry.id;
    } else if (input.inquiry.kind === 'existing') {
      const inquiry = await db.inquiries.get(input.inquiry.id);
      if (inquiry?.organisationId !== organisationId)
        throw new DomainError('call.inquiryNotInOrganisation');
      inquiryId = inquiry.id;
    }

    const at = nowIso();
    const call: CallEntity = {
      id: newId(),
      organisationId,
      contactPersonId,
      inquiryId,
      navigatorId: actorId,
      occurredAt: input.occurredAt,
      direction: input.direction,
      durationMinutes: input.durationMinutes,
      outcome: input.outcome,
      summary: input.summary,
      noteKind: input.noteKind,
      createdAt: at,
      updatedAt: at,
    };
    await db.calls.add(call);
    await recordEvent({
      at,
      navigatorId: actorId,
      entityType: 'call',
      entityId: call.id,
      organisationId,
      inquiryId,
      kind: 'created',
      summary: call.noteKind === 'minnesanteckning' ? '' : summaryLine(call.summary),
    });
    if (!organisation.lastContactedAt || organisation.lastContactedAt < call.occurredAt) {
      await db.organisations.update(organisationId, { lastContactedAt: call.occurredAt });
    }

    if (input.completesFollowUpId !== null) {
      const done = await db.followUps.get(input.completesFollowUpId);
      if (done?.organisationId !== organisationId) throw new DomainError('notFound');
      await db.followUps.update(done.id, { status: 'done', doneAt: at, updatedAt: at });
      await recordEvent({
        at,
        navigatorId: actorId,
        entityType: 'followUp',
        entityId: done.id,
        organisationId,
        inquiryId: done.inquiryId,
        kind: 'updated',
        changes: [{ field: 'status', from: done.status, to: 'done' }],
        summary: done.nextStep,
      });
    }

    const followUp: FollowUpEntity | null =
      input.nextStep !== ''
        ? await insertFollowUp(
            {
              organisationId,
              inquiryId,
              callId: call.id,
              navigatorId: actorId,
              dueDate: input.dueDate,
              nextStep: input.nextStep,
            },
            actorId,
            at,
          )
        : null;
    return { call, followUp, organisationId };
  });
}

export type CallEdit = Pick<
  CallEntity,
  'occurredAt' | 'direction' | 'durationMinutes' | 'outcome' | 'summary' | 'noteKind'
>;

const EDITABLE: (keyof CallEntity)[] = [
  'occurredAt',
  'direction',
  'durationMinutes',
  'outcome',
  'summary',
  'noteKind',
];

/** Edits a call; the event keeps the original values, so nothing said is lost from the record. */
export async function updateCall(
  id: string,
  edit: CallEdit,
  actorId: ActorId,
): Promise<CallEntity> {
  const summary = edit.summary.trim();
  if (summary === '')
    throw new DomainError('call.invalidField', { field: 'summary', code: 'summaryRequired' });
  if (
    !Number.isInteger(edit.durationMinutes) ||
    edit.durationMinutes < 0 ||
    edit.durationMinutes > 600
  ) {
    throw new DomainError('call.invalidField', {
      field: 'durationMinutes',
      code: 'durationInvalid',
    });
  }
  if (Number.isNaN(Date.parse(edit.occurredAt))) {
    throw new DomainError('call.invalidField', { field: 'occurredAt', code: 'timeInvalid' });
  }
  return db.transaction('rw', db.calls, db.organisations, db.events, async () => {
    const before = await db.calls.get(id);
    if (!before) throw new DomainError('notFound');
    const after: CallEntity = { ...before, ...edit, summary, updatedAt: nowIso() };
    const changes = fieldChanges(before, after, EDITABLE);
    if (changes.length === 0) return before;
    await db.calls.put(after);
    await recordEvent({
      at: after.updatedAt,
      navigatorId: actorId,
      entityType: 'call',
      entityId: id,
      organisationId: before.organisationId,
      inquiryId: before.inquiryId,
      kind: 'updated',
      changes,
      summary: after.noteKind === 'minnesanteckning' ? '' : summaryLine(after.summary),
    });
    if (before.occurredAt !== after.occurredAt) await refreshLastContacted(before.organisationId);
    return after;
  });
}

/**
 * Only a private minnesanteckning may be deleted; a tjänsteanteckning is (or will become) a public
 * record and stays. The event records that a memo was removed, not what it said.
 */
export async function deleteCall(id: string, actorId: ActorId): Promise<void> {
  await db.transaction('rw', db.calls, db.organisations, db.events, async () => {
    const call = await db.calls.get(id);
    if (!call) throw new DomainError('notFound');
    if (call.noteKind !== 'minnesanteckning')
      throw new DomainError('call.officialNoteCannotBeDeleted');
    await db.calls.delete(id);
    await recordEvent({
      navigatorId: actorId,
      entityType: 'call',
      entityId: id,
      organisationId: call.organisationId,
      inquiryId: call.inquiryId,
      kind: 'deleted',
    });
    await refreshLastContacted(call.organisationId);
  });
}
