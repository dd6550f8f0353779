import type { Answer, Handoff, IopCriterionId } from '../../../domain/entities';
import type { iopRisksSv } from '../../../i18n/parts/iopRisksSv';
import { iopRisksOf, type IopRisk } from './iopRules';

/** The risk sentences in one language (i18n/parts/iopRisksSv.ts), criterion → answer → sentence. */
export type IopRiskTexts = typeof iopRisksSv;

/**
 * The sentence of one risk: what was answered and why it is a risk. Only the risky answers have a
 * sentence; iopRiskText.test.ts checks that every risk assessIop can raise has one in both languages.
 */
export function iopRiskText(texts: IopRiskTexts, risk: Pick<IopRisk, 'criterion' | 'answer'>) {
  const byCriterion: Partial<Record<IopCriterionId, Partial<Record<Answer, string>>>> = texts;
  return byCriterion[risk.criterion]?.[risk.answer] ?? '';
}

/** The risk sentences of a saved decision, in display order; empty unless it is a flagged IOP. */
export function iopRiskLines(handoff: Handoff | null, texts: IopRiskTexts): string[] {
  return iopRisksOf(handoff).map((risk) => iopRiskText(texts, risk));
}
