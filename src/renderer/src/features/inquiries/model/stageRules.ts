import { INQUIRY_STAGES, type InquiryEntity, type InquiryStage } from '../../../domain/entities';

/**
 * The pipeline of one inquiry (shared/domain.md "The flow of one inquiry"):
 * inkommet → matchning → överlämning → uppföljning, and avslutat from anywhere.
 *
 * Each stage has entry requirements, checked on every move into it, forwards or backwards:
 * - överlämning needs at least one priority-area match (what is handed off, and why);
 * - uppföljning needs a recorded handoff decision (there is nothing to follow up otherwise).
 * So a correction backwards is allowed, but never into a stage whose basis does not exist
 * (reopening a closed-at-intake inquiry straight into uppföljning is refused).
 * Closing (avslutat) is always allowed; the UI asks for the reason.
 */

export const INQUIRY_STAGE_ORDER: readonly InquiryStage[] = INQUIRY_STAGES;

export type StageMoveRefusal = 'needsMatch' | 'needsHandoff' | 'needsOutcome' | 'sameStage';
// 'needsOutcome' is part of the contract for callers, but no move requires an outcome today:
// closing after follow-up is allowed without one (domain.md lists "not realised" as an outcome, but
// a case may also be closed for other reasons).

export type StageMove = { ok: true } | { ok: false; reason: StageMoveRefusal };

export type StageMoveSubject = Pick<InquiryEntity, 'stage' | 'matches' | 'handoff' | 'outcome'>;

/** Position in the pipeline (0 = inkommet). */
export function stageIndex(stage: InquiryStage): number {
  return INQUIRY_STAGE_ORDER.indexOf(stage);
}

export function isBackwardMove(from: InquiryStage, to: InquiryStage): boolean {
  return stageIndex(to) < stageIndex(from);
}

export function canMoveTo(inquiry: StageMoveSubject, to: InquiryStage): StageMove {
  if (inquiry.stage === to) return { ok: false, reason: 'sameStage' };
  if (to === 'avslutat') return { ok: true };

  // Every later stage needs what the stages before it produced.
  const target = stageIndex(to);
  if (target >= stageIndex('overlamning') && inquiry.matches.length === 0) {
    return { ok: false, reason: 'needsMatch' };
  }
  if (target >= stageIndex('uppfoljning') && inquiry.handoff === null) {
    return { ok: false, reason: 'needsHandoff' };
  }
  return { ok: true };
}

/** The stages an inquiry may move to now (for a stage menu), in pipeline order. */
export function allowedMoves(inquiry: StageMoveSubject): InquiryStage[] {
  return INQUIRY_STAGE_ORDER.filter((stage) => canMoveTo(inquiry, stage).ok);
}
