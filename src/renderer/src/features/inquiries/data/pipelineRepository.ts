import { DomainError } from '../../../domain/domainError';
import type { Handoff, InquiryEntity, InquiryStage } from '../../../domain/entities';
import { fieldChanges } from '../../../domain/fieldChanges';
import {
  handoffDecisionSchema,
  hasPersonnummer,
  inquiryDetailsSchema,
  matchesSchema,
  outcomeSchema,
} from '../model/inquiryInput';
import { inquirySearchWords } from '../../../domain/inquirySearchWords';
import { assessIop } from '../model/iopRules';
import { assessDirectProcurement } from '../model/procurementRules';
import { canMoveTo } from '../model/stageRules';
import { nowIso } from '../../../lib/dates';
import { db } from '../../../db/db';
import { recordEvent } from '../../../db/eventRepository';
import { insertFollowUp } from '../../followUps/data/followUpRepository';
import { getSetting } from '../../../db/settingsRepository';

type ActorId = string | null;

const invalid = (field: string, code = 'invalid') =>
  new DomainError('inquiry.invalidField', { field, code });

/** Writes a new version of an inquiry with one event; call inside a transaction. */
async function saveInquiry(
  before: InquiryEntity,
  after: InquiryEntity,
  actorId: ActorId,
  kind: 'updated' | 'stageChanged' | 'decision',
  fields: (keyof InquiryEntity)[],
  summary = '',
): Promise<InquiryEntity> {
  const changes = fieldChanges(before, after, fields);
  if (changes.length === 0) return before;
  await db.inquiries.put(after);
  await recordEvent({
    at: after.updatedAt,
    navigatorId: actorId,
    entityType: 'inquiry',
    entityId: after.id,
    organisationId: after.organisationId,
    inquiryId: after.id,
    kind,
    changes,
    summary: summary || after.title,
  });
  return after;
}

async function loadInquiry(id: string): Promise<InquiryEntity> {
  const inquiry = await db.inquiries.get(id);
  if (!inquiry) throw new DomainError('notFound');
  return inquiry;
}

export async function updateInquiryDetails(
  id: string,
  raw: unknown,
  actorId: ActorId,
): Promise<InquiryEntity> {
  const parsed = inquiryDetailsSchema.safeParse(raw);
  if (!parsed.success) throw invalid(String(parsed.error.issues[0]?.path[0] ?? 'title'));
  const details = parsed.data;
  if (hasPersonnummer(details.title, details.offer, details.targetGroup))
    throw invalid('offer', 'personnummerInText');
  return db.transaction('rw', db.inquiries, db.events, async () => {
    const before = await loadInquiry(id);
    const after: InquiryEntity = { ...before, ...details, updatedAt: nowIso() };
    after.searchWords = inquirySearchWords(after);
    return saveInquiry(before, after, actorId, 'updated', [
      'title',
      'offer',
      'targetGroup',
      'initiative',
      'channel',
      'estimatedYearlyValue',
      'diarienummer',
      'responsibleNavigatorId',
      'contactPersonId',
    ]);
  });
}

/** Moves a card on the board; the stage rules say what a stage needs first. */
export async function moveInquiryStage(
  id: string,
  to: InquiryStage,
  actorId: ActorId,
  reason = '',
): Promise<InquiryEntity> {
  return db.transaction('rw', db.inquiries, db.events, async () => {
    const before = await loadInquiry(id);
    const move = canMoveTo(before, to);
    if (!move.ok) throw new DomainError(`stage.${move.reason}`);
    const at = nowIso();
    const after: InquiryEntity = {
      ...before,
      stage: to,
      closedAt: to === 'avslutat' ? at : null,
      updatedAt: at,
    };
    return saveInquiry(before, after, actorId, 'stageChanged', ['stage'], reason);
  });
}

/** Matching: priority areas with a rationale each, and the unit that could use the offer. */
export async function setMatches(
  id: string,
  raw: unknown,
  actorId: ActorId,
): Promise<InquiryEntity> {
  const parsed = matchesSchema.safeParse(raw);
  if (!parsed.success) throw invalid('matches');
  const { matches, unitId } = parsed.data;
  return db.transaction('rw', db.inquiries, db.events, async () => {
    const before = await loadInquiry(id);
    const after: InquiryEntity = {
      ...before,
      matches,
      priorityAreaIds: [...new Set(matches.map((match) => match.priorityAreaId))],
      unitId,
      // Matching an inquiry that just came in moves it along; later stages stay where they are.
      stage: before.stage === 'inkommet' && matches.length > 0 ? 'matchning' : before.stage,
      updatedAt: nowIso(),
    };
    return saveInquiry(before, after, actorId, 'updated', ['matches', 'unitId', 'stage']);
  });
}

/**
 * The handoff decision. The path's own rules are checked here too (the UI shows them first), and
 * the limits in force are copied into the decision: a later settings change never rewrites it.
 */
export async function decideHandoff(
  id: string,
  raw: unknown,
  actorId: ActorId,
): Promise<InquiryEntity> {
  const parsed = handoffDecisionSchema.safeParse(raw);
  if (!parsed.success) throw invalid(String(parsed.error.issues[0]?.path[0] ?? 'path'));
  const input = parsed.data;
  if (hasPersonnummer(input.rationale, input.riskComment, input.closeReason))
    throw invalid('rationale', 'personnummerInText');
  if (input.path === 'avslutat' && input.closeReason === '')
    throw invalid('closeReason', 'closeReasonRequired');
  if (input.path === 'iop') {
    const iop = assessIop(input.iopChecklist);
    if (iop.needsComment && input.riskComment === '')
      throw new DomainError('handoff.iopRiskNeedsComment');
  }
  const thresholds = await getSetting('thresholds');
  return db.transaction('rw', db.inquiries, db.events, async () => {
    const before = await loadInquiry(id);
    if (input.path === 'direktupphandling') {
      const assessment = assessDirectProcurement(before.estimatedYearlyValue, thresholds, null);
      if (!assessment.allowed) throw new DomainError(`handoff.${assessment.reason}`);
    }
    const handoff: Handoff = { ...input, thresholdsAtDecision: thresholds };
    const at = nowIso();
    const isClosing = input.path === 'avslutat';
    const after: InquiryEntity = {
      ...before,
      handoff,
      handoffPath: input.path,
      unitId: input.unitId ?? before.unitId,
      // Handed over, waiting for the unit: follow-up starts with the unit's answer (setOutcome).
      stage: isClosing ? 'avslutat' : 'overlamning',
      closedAt: isClosing ? at : null,
      updatedAt: at,
    };
    return saveInquiry(
      before,
      after,
      actorId,
      'decision',
      ['handoff', 'stage'],
      input.rationale || input.closeReason,
    );
  });
}

/**
 * The outcome after handoff. A signed agreement's joint follow-up dates, and for a documented
 * direct procurement the 30-day documentation deadline, become follow-ups on "Idag".
 */
export async function setOutcome(
  id: string,
  raw: unknown,
  actorId: ActorId,
): Promise<InquiryEntity> {
  const parsed = outcomeSchema.safeParse(raw);
  if (!parsed.success) throw invalid(String(parsed.error.issues[0]?.path[0] ?? 'kind'));
  const { followUpDates, ...outcome } = parsed.data;
  const isSigned = outcome.kind === 'avtal_tecknat';
  if (isSigned && (outcome.signedAt === null || outcome.agreementValue === null))
    throw invalid('signedAt', 'agreementDetailsRequired');
  if (
    outcome.agreementStart &&
    outcome.agreementEnd &&
    outcome.agreementEnd < outcome.agreementStart
  ) {
    throw invalid('agreementEnd', 'periodInvalid');
  }
  return db.transaction('rw', db.inquiries, db.followUps, db.events, async () => {
    const before = await loadInquiry(id);
    if (!before.handoff) throw new DomainError('stage.needsHandoff');
    const at = nowIso();
    const dues: { dueDate: string; nextStep: string }[] = isSigned
      ? followUpDates.map((dueDate) => ({ dueDate, nextStep: 'Gemensam uppföljning av avtalet' }))
      : [];
    if (isSigned && before.handoff.path === 'direktupphandling') {
      const assessment = assessDirectProcurement(
        outcome.agreementValue,
        before.handoff.thresholdsAtDecision,
        outcome.signedAt,
      );
      if (assessment.allowed && assessment.documentationDueDate) {
        dues.push({
          dueDate: assessment.documentationDueDate,
          nextStep: 'Dokumentera direktupphandlingen (LOU 19 a kap. 11 §)',
        });
      }
    }
    for (const due of dues) {
      await insertFollowUp(
        {
          organisationId: before.organisationId,
          inquiryId: id,
          callId: null,
          navigatorId: before.responsibleNavigatorId ?? actorId,
          ...due,
        },
        actorId,
        at,
      );
    }
    // The unit's answer or a signed agreement ends the wait: a handed-over inquiry is followed up.
    // Any other stage (already in follow-up, or closed) stays where it is.
    const stage = before.stage === 'overlamning' ? 'uppfoljning' : before.stage;
    const after: InquiryEntity = { ...before, outcome, stage, updatedAt: at };
    return saveInquiry(before, after, actorId, 'decision', ['outcome', 'stage'], outcome.note);
  });
}
