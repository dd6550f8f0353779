import type {
  Answer,
  Handoff,
  HandoffPath,
  InquiryEntity,
  IopChecklistItem,
  IopCriterionId,
} from '../../../domain/entities';

/**
 * IOP (idéburet offentligt partnerskap) has no statutory definition, so the municipality checks
 * criteria (shared/domain.md). An "IOP" that is really a purchase is an unlawful direct procurement
 * (LOU 19 a kap.; a court fined one municipality 5 Mkr), so the three criteria that separate a
 * partnership from a purchase raise a hard risk, and the navigator must write a comment before going on.
 * While one of those three is still 'oklart' the risk cannot be excluded: that asks for the same comment.
 */

export type IopWarningReason =
  /** Not more than an ordinary grant: the föreningsbidrag path fits better. */
  | 'ordinaryGrant'
  /** The organisation would not stay independent of the municipality. */
  | 'notIndependent'
  /** State aid not considered (SGEI de minimis: EUR 750 000 over 3 years per provider). */
  | 'stateAid';

/** Every risk names the criterion and the answer given, so it can say what was answered and why. */
export type IopRisk =
  | { kind: 'mayBeUnlawfulDirectProcurement'; criterion: IopCriterionId; answer: Answer }
  /** 'oklart' on a criterion that separates a partnership from a purchase. */
  | { kind: 'purchaseNotExcluded'; criterion: IopCriterionId; answer: 'oklart' }
  | {
      kind: 'warning';
      criterion: IopCriterionId;
      answer: Answer;
      reason: IopWarningReason;
      /** A handoff path that fits better, when the answer points to one. */
      suggestedPath: HandoffPath | null;
    };

export type IopCriterion = {
  id: IopCriterionId;
  /** The answer that raises a risk; null when no answer does (the criterion is only recorded). */
  riskWhen: Answer | null;
  /** What riskWhen raises: a hard risk, or a warning reason. */
  risk: 'mayBeUnlawfulDirectProcurement' | IopWarningReason | null;
};

/** All eight criteria, in display order. */
export const IOP_CRITERIA: readonly IopCriterion[] = [
  // Initiative from the municipality and an existing market mean it is a purchase, not a partnership.
  { id: 'initiativFranOrganisationen', riskWhen: 'nej', risk: 'mayBeUnlawfulDirectProcurement' },
  { id: 'marknadFinns', riskWhen: 'ja', risk: 'mayBeUnlawfulDirectProcurement' },
  // Only the municipality paying for a service is a purchase.
  { id: 'badaParterBidrar', riskWhen: 'nej', risk: 'mayBeUnlawfulDirectProcurement' },
  { id: 'gemensamtMal', riskWhen: null, risk: null },
  { id: 'langsiktigt', riskWhen: null, risk: null },
  { id: 'organisationenSjalvstandig', riskWhen: 'nej', risk: 'notIndependent' },
  { id: 'inteForeningsbidrag', riskWhen: 'nej', risk: 'ordinaryGrant' },
  { id: 'statsstodBeaktat', riskWhen: 'nej', risk: 'stateAid' },
];

export type IopAssessment = {
  /** Every criterion answered 'ja' or 'nej'. */
  complete: boolean;
  /** Criteria answered 'oklart' or absent from the checklist, in display order. */
  missing: IopCriterionId[];
  /** In display order of the criteria. */
  risks: IopRisk[];
  /**
   * A hard risk, or a purchase criterion still 'oklart', sits on an item with an empty comment: ask
   * for a comment before going on.
   */
  needsComment: boolean;
};

/** A fresh checklist: every criterion 'oklart' with an empty comment. */
export function emptyIopChecklist(): IopChecklistItem[] {
  return IOP_CRITERIA.map(({ id }) => ({ criterion: id, answer: 'oklart', comment: '' }));
}

export function assessIop(checklist: readonly IopChecklistItem[]): IopAssessment {
  // The first item per criterion counts; duplicates and unknown criteria are ignored.
  const byCriterion = new Map<IopCriterionId, IopChecklistItem>();
  for (const item of checklist) {
    if (!byCriterion.has(item.criterion)) byCriterion.set(item.criterion, item);
  }

  const missing: IopCriterionId[] = [];
  const risks: IopRisk[] = [];
  let needsComment = false;

  for (const criterion of IOP_CRITERIA) {
    const item = byCriterion.get(criterion.id);
    const answer = item?.answer ?? 'oklart';
    if (answer === 'oklart') missing.push(criterion.id);

    if (criterion.risk === 'mayBeUnlawfulDirectProcurement') {
      const risk: IopRisk | null =
        answer === criterion.riskWhen
          ? { kind: 'mayBeUnlawfulDirectProcurement', criterion: criterion.id, answer }
          : answer === 'oklart'
            ? { kind: 'purchaseNotExcluded', criterion: criterion.id, answer }
            : null;
      if (risk !== null) {
        risks.push(risk);
        if ((item?.comment ?? '').trim() === '') needsComment = true;
      }
    } else if (criterion.risk !== null && answer === criterion.riskWhen) {
      risks.push(warning(criterion.id, answer, criterion.risk));
    }
  }

  return { complete: missing.length === 0, missing, risks, needsComment };
}

function warning(criterion: IopCriterionId, answer: Answer, reason: IopWarningReason): IopRisk {
  const suggestedPath: HandoffPath | null = reason === 'ordinaryGrant' ? 'foreningsbidrag' : null;
  return { kind: 'warning', criterion, answer, reason, suggestedPath };
}

/** The risks of a saved decision: none unless it is an IOP. */
export function iopRisksOf(handoff: Handoff | null): IopRisk[] {
  return handoff?.path === 'iop' ? assessIop(handoff.iopChecklist).risks : [];
}

/** A flagged IOP: decided as IOP although the answers show a risk ("IOP med risk"). */
export function hasIopRisk(inquiry: Pick<InquiryEntity, 'handoff'>): boolean {
  return iopRisksOf(inquiry.handoff).length > 0;
}
