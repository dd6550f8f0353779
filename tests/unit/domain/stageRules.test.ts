import { describe, expect, it } from 'vitest';
import {
  INQUIRY_STAGES,
  type Handoff,
  type InquiryStage,
  type PriorityMatch,
} from '@renderer/domain/entities';
import { DEFAULT_THRESHOLDS } from '@renderer/domain/defaults';
import {
  allowedMoves,
  canMoveTo,
  INQUIRY_STAGE_ORDER,
  isBackwardMove,
  stageIndex,
  type StageMove,
  type StageMoveSubject,
} from '@renderer/features/inquiries/model/stageRules';

const MATCH: PriorityMatch = {
  priorityAreaId: 'pa-barn',
  rationale: 'Läxhjälp',
  fromSuggestion: true,
};
const HANDOFF: Handoff = {
  path: 'iop',
  decidedAt: '2025-03-01',
  decidedBy: 'AL',
  rationale: '',
  unitId: null,
  unitContact: '',
  thresholdsAtDecision: DEFAULT_THRESHOLDS,
  reservedProcurement: false,
  iopChecklist: [],
  riskComment: '',
  closeReason: '',
};

type Basis = 'none' | 'match' | 'handoff';
function inquiry(stage: InquiryStage, basis: Basis): StageMoveSubject {
  return {
    stage,
    matches: basis === 'none' ? [] : [MATCH],
    handoff: basis === 'handoff' ? HANDOFF : null,
    outcome: null,
  };
}

const OK: StageMove = { ok: true };
const no = (reason: Extract<StageMove, { ok: false }>['reason']): StageMove => ({
  ok: false,
  reason,
});

describe('INQUIRY_STAGE_ORDER', () => {
  it('follows the flow of one inquiry', () => {
    expect(INQUIRY_STAGE_ORDER).toEqual([
      'inkommet',
      'matchning',
      'overlamning',
      'uppfoljning',
      'avslutat',
    ]);
    expect(INQUIRY_STAGE_ORDER).toEqual(INQUIRY_STAGES);
    expect(stageIndex('inkommet')).toBe(0);
    expect(stageIndex('avslutat')).toBe(4);
  });

  it.each<[InquiryStage, InquiryStage, boolean]>([
    ['matchning', 'inkommet', true],
    ['avslutat', 'uppfoljning', true],
    ['inkommet', 'matchning', false],
    ['matchning', 'matchning', false],
  ])('isBackwardMove(%s, %s) = %s', (from, to, expected) => {
    expect(isBackwardMove(from, to)).toBe(expected);
  });
});

describe('canMoveTo', () => {
  it.each<[InquiryStage, Basis, InquiryStage, StageMove]>([
    // Forward, one step at a time.
    ['inkommet', 'none', 'matchning', OK],
    ['matchning', 'none', 'overlamning', no('needsMatch')],
    ['matchning', 'match', 'overlamning', OK],
    ['overlamning', 'match', 'uppfoljning', no('needsHandoff')],
    ['overlamning', 'handoff', 'uppfoljning', OK],
    // Skipping ahead needs the same basis.
    ['inkommet', 'none', 'overlamning', no('needsMatch')],
    ['inkommet', 'match', 'overlamning', OK],
    ['inkommet', 'none', 'uppfoljning', no('needsMatch')],
    ['matchning', 'match', 'uppfoljning', no('needsHandoff')],
    ['matchning', 'handoff', 'uppfoljning', OK],
    // Closing is always allowed.
    ['inkommet', 'none', 'avslutat', OK],
    ['matchning', 'none', 'avslutat', OK],
    ['overlamning', 'match', 'avslutat', OK],
    ['uppfoljning', 'handoff', 'avslutat', OK],
    // Same stage.
    ['inkommet', 'none', 'inkommet', no('sameStage')],
    ['matchning', 'match', 'matchning', no('sameStage')],
    ['overlamning', 'match', 'overlamning', no('sameStage')],
    ['uppfoljning', 'handoff', 'uppfoljning', no('sameStage')],
    ['avslutat', 'handoff', 'avslutat', no('sameStage')],
    // Corrections backwards.
    ['matchning', 'none', 'inkommet', OK],
    ['overlamning', 'match', 'matchning', OK],
    ['overlamning', 'match', 'inkommet', OK],
    ['uppfoljning', 'handoff', 'overlamning', OK],
    ['uppfoljning', 'handoff', 'matchning', OK],
    // Reopening a closed inquiry: not into a stage whose basis is missing.
    ['avslutat', 'none', 'inkommet', OK],
    ['avslutat', 'none', 'matchning', OK],
    ['avslutat', 'none', 'overlamning', no('needsMatch')],
    ['avslutat', 'match', 'overlamning', OK],
    ['avslutat', 'match', 'uppfoljning', no('needsHandoff')],
    ['avslutat', 'handoff', 'uppfoljning', OK],
  ])('%s (%s) → %s', (from, basis, to, expected) => {
    expect(canMoveTo(inquiry(from, basis), to)).toEqual(expected);
  });
});

describe('allowedMoves', () => {
  it.each<[InquiryStage, Basis, InquiryStage[]]>([
    ['inkommet', 'none', ['matchning', 'avslutat']],
    ['matchning', 'match', ['inkommet', 'overlamning', 'avslutat']],
    ['overlamning', 'handoff', ['inkommet', 'matchning', 'uppfoljning', 'avslutat']],
    ['avslutat', 'none', ['inkommet', 'matchning']],
  ])('%s (%s)', (stage, basis, expected) => {
    expect(allowedMoves(inquiry(stage, basis))).toEqual(expected);
  });
});
