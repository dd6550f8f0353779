import type { CallDirection, CallEntity, FollowUpEntity } from '../../domain/entities';
import {
  CALL_SUMMARIES_ABOUT_INQUIRY,
  CALL_SUMMARIES_GENERAL,
  CALL_SUMMARIES_MESSAGE,
  CALL_SUMMARIES_NO_ANSWER,
  CALL_SUMMARIES_OTHER,
  CALL_SUMMARIES_WRONG_NUMBER,
  NEXT_STEPS,
} from './callTexts';
import type { CallPlan } from './callPlan';
import { HOUR, MINUTE, isoDate, isoTimestamp } from './format';
import type { InquiryRecord } from './inquiries';
import type { NavigatorRef } from './municipality';
import { type OrganisationRecord, pickContact } from './organisations';
import { type IdSource, type Random, at } from './random';

/** Builds call records lazily from the call plan, and the follow-ups created with them. */

/** What a follow-up needs from the call that created it, filled in while calls are generated. */
export type CallLinks = {
  callId: string[];
  createdMs: number[];
  navigatorId: (string | null)[];
  leftMessage: boolean[];
};

export function createCallLinks(): CallLinks {
  return { callId: [], createdMs: [], navigatorId: [], leftMessage: [] };
}

type Outcome = 'talade_med' | 'inget_svar' | 'lamnade_meddelande' | 'fel_nummer' | 'annat';

const INBOUND_OUTCOMES: readonly (readonly [Outcome, number])[] = [
  ['talade_med', 92],
  ['annat', 5],
  ['fel_nummer', 3],
];
const OUTBOUND_OUTCOMES: readonly (readonly [Outcome, number])[] = [
  ['talade_med', 60],
  ['inget_svar', 18],
  ['lamnade_meddelande', 16],
  ['fel_nummer', 3],
  ['annat', 3],
];

function summaryOf(random: Random, outcome: Outcome, inquiry: InquiryRecord | null): string {
  switch (outcome) {
    case 'talade_med':
      return inquiry && random.chance(0.85)
        ? random.pick(CALL_SUMMARIES_ABOUT_INQUIRY).replace('{title}', inquiry.entity.title)
        : random.pick(CALL_SUMMARIES_GENERAL);
    case 'inget_svar':
      return random.pick(CALL_SUMMARIES_NO_ANSWER);
    case 'lamnade_meddelande':
      return random.pick(CALL_SUMMARIES_MESSAGE);
    case 'fel_nummer':
      return random.pick(CALL_SUMMARIES_WRONG_NUMBER);
    case 'annat':
      return random.pick(CALL_SUMMARIES_OTHER);
  }
}

/** One call per index of the plan, in plan order; pure given the random stream's position. */
export function buildCall(
  random: Random,
  ids: IdSource,
  plan: CallPlan,
  index: number,
  orgs: readonly OrganisationRecord[],
  inquiries: readonly InquiryRecord[],
  navigators: readonly NavigatorRef[],
  now: number,
  links: CallLinks,
): CallEntity {
  const org = at(orgs, plan.orgIndex[index] ?? 0);
  const occurredMs = plan.timeMs[index] ?? now;
  const inquiryIndex = plan.inquiryIndex[index] ?? -1;
  const inquiry = inquiryIndex >= 0 ? at(inquiries, inquiryIndex) : null;
  const followUp = plan.followUpIndex[index] ?? -1;

  const direction: CallDirection = random.chance(0.55) ? 'inkommande' : 'utgaende';
  const outcome: Outcome =
    followUp >= 0
      ? random.chance(0.85)
        ? 'talade_med'
        : 'lamnade_meddelande'
      : direction === 'inkommande'
        ? random.weighted(INBOUND_OUTCOMES)
        : random.weighted(OUTBOUND_OUTCOMES);
  const durationMinutes =
    outcome === 'talade_med'
      ? 2 + Math.floor(random.next() ** 1.7 * 44)
      : outcome === 'annat'
        ? random.int(1, 10)
        : random.int(1, 2);

  const inquiryContact = inquiry?.entity.contactPersonId ?? null;
  const contactPersonId =
    inquiryContact && random.chance(0.8)
      ? inquiryContact
      : (pickContact(random, org, occurredMs)?.id ?? null);
  const responsible = inquiry?.entity.responsibleNavigatorId ?? null;
  const navigatorId =
    responsible && random.chance(0.8)
      ? responsible
      : navigators.length > 0
        ? random.pick(navigators).id
        : null;
  // Usually logged right after the call; sometimes back-dated hours later.
  const delay = random.chance(0.1) ? random.int(1, 48) * HOUR : random.int(0, 20) * MINUTE;
  const createdMs = Math.min(now, occurredMs + durationMinutes * MINUTE + delay);
  const updatedMs = random.chance(0.05)
    ? Math.min(now, createdMs + random.int(1, 72) * HOUR)
    : createdMs;

  const call: CallEntity = {
    id: ids.next(),
    organisationId: org.entity.id,
    contactPersonId,
    inquiryId: inquiry?.entity.id ?? null,
    navigatorId,
    occurredAt: isoTimestamp(occurredMs),
    direction,
    durationMinutes,
    outcome,
    summary: summaryOf(random, outcome, inquiry),
    noteKind: random.chance(0.8) ? 'tjansteanteckning' : 'minnesanteckning',
    createdAt: isoTimestamp(createdMs),
    updatedAt: isoTimestamp(updatedMs),
  };
  if (followUp >= 0) {
    links.callId[followUp] = call.id;
    links.createdMs[followUp] = createdMs;
    links.navigatorId[followUp] = navigatorId;
    links.leftMessage[followUp] = outcome === 'lamnade_meddelande';
  }
  return call;
}

/** Follow-up `index` of the plan; the calls must have been built first (see CallLinks). */
export function buildFollowUp(
  random: Random,
  ids: IdSource,
  plan: CallPlan,
  index: number,
  orgs: readonly OrganisationRecord[],
  inquiries: readonly InquiryRecord[],
  navigators: readonly NavigatorRef[],
  now: number,
  links: CallLinks,
): FollowUpEntity {
  const followUp = at(plan.followUps, index);
  const org = at(orgs, followUp.orgIndex);
  const inquiry = followUp.inquiryIndex >= 0 ? at(inquiries, followUp.inquiryIndex) : null;
  const fromCall = followUp.callIndex >= 0;
  const callId = fromCall ? (links.callId[index] ?? null) : null;
  if (fromCall && callId === null) throw new Error('Follow-ups are built after their calls');

  const createdMs = fromCall
    ? (links.createdMs[index] ?? followUp.createdMs)
    : Math.min(now, followUp.createdMs + random.int(0, 30) * MINUTE);
  const done = followUp.kind === 'done';
  const doneMs = done ? Math.min(now, Math.max(createdMs, followUp.doneMs)) : null;
  const navigatorId = fromCall
    ? (links.navigatorId[index] ?? null)
    : (inquiry?.entity.responsibleNavigatorId ??
      (navigators.length > 0 ? random.pick(navigators).id : null));
  const nextStep =
    fromCall && links.leftMessage[index]
      ? 'Ring tillbaka'
      : inquiry?.entity.handoffPath === 'iop' && random.chance(0.6)
        ? 'Boka uppföljningsmöte för IOP'
        : random.pick(NEXT_STEPS);
  return {
    id: ids.next(),
    organisationId: org.entity.id,
    inquiryId: inquiry?.entity.id ?? null,
    callId,
    navigatorId,
    dueDate: isoDate(Math.max(followUp.dueMs, createdMs)),
    nextStep,
    status: done ? 'done' : 'open',
    doneAt: doneMs === null ? null : isoTimestamp(doneMs),
    createdAt: isoTimestamp(createdMs),
    updatedAt: isoTimestamp(doneMs ?? createdMs),
  };
}
