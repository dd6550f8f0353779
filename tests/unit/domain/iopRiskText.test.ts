import { describe, expect, it } from 'vitest';
import { ANSWERS_LIST, type IopChecklistItem } from '@renderer/domain/entities';
import { iopRisksEn } from '@renderer/i18n/parts/iopRisksEn';
import { iopRisksSv } from '@renderer/i18n/parts/iopRisksSv';
import { assessIop, hasIopRisk, IOP_CRITERIA } from '@renderer/features/inquiries/model/iopRules';
import { iopRiskLines, iopRiskText } from '@renderer/features/inquiries/model/iopRiskText';
import { inquiryEntity } from '../../fixtures/inquiryBuilder';

/** A real partnership, with one criterion answered otherwise. */
const answering = (criterion: string, answer: (typeof ANSWERS_LIST)[number]) =>
  IOP_CRITERIA.map(({ id }): IopChecklistItem => ({
    criterion: id,
    answer: id === criterion ? answer : id === 'marknadFinns' ? 'nej' : 'ja',
    comment: '',
  }));

describe('iopRiskText', () => {
  it('has a sentence in both languages for every risk any answer can raise', () => {
    for (const { id } of IOP_CRITERIA)
      for (const answer of ANSWERS_LIST)
        for (const risk of assessIop(answering(id, answer)).risks) {
          expect(iopRiskText(iopRisksSv, risk), `${id} ${answer}`).not.toBe('');
          expect(iopRiskText(iopRisksEn, risk), `${id} ${answer}`).not.toBe('');
        }
  });

  it('says what was answered and why it is a risk, never only the criterion', () => {
    const [nej] = assessIop(answering('initiativFranOrganisationen', 'nej')).risks;
    const [oklart] = assessIop(answering('initiativFranOrganisationen', 'oklart')).risks;
    expect(nej && iopRiskText(iopRisksSv, nej)).toMatch(
      /^Initiativet kommer inte från organisationen — då liknar det ett köp/,
    );
    expect(oklart && iopRiskText(iopRisksSv, oklart)).toMatch(
      /^Det är oklart om initiativet kommer från organisationen — /,
    );
  });
});

describe('a saved decision', () => {
  const decided = (path: 'iop' | 'foreningsbidrag', iopChecklist: IopChecklistItem[]) =>
    inquiryEntity('org-1', {
      handoff: {
        path,
        decidedAt: '2026-11-22',
        decidedBy: 'Anna',
        rationale: '',
        unitId: null,
        unitContact: '',
        thresholdsAtDecision: {
          internalDirectProcurementLimit: 100_000,
          legalDirectProcurementLimit: 700_000,
          documentationDutyLimit: 100_000,
        },
        reservedProcurement: false,
        iopChecklist,
        riskComment: 'Kommunen bad om idén.',
        closeReason: '',
      },
    });

  it('is a flagged IOP only when decided as IOP with a risk in its answers', () => {
    const risky = answering('marknadFinns', 'ja');
    expect(hasIopRisk(decided('iop', risky))).toBe(true);
    expect(hasIopRisk(decided('iop', answering('gemensamtMal', 'nej')))).toBe(false);
    expect(hasIopRisk(decided('foreningsbidrag', risky))).toBe(false);
    expect(hasIopRisk(inquiryEntity('org-1'))).toBe(false);
    expect(iopRiskLines(decided('iop', risky).handoff, iopRisksSv)).toEqual([
      iopRisksSv.marknadFinns.ja,
    ]);
  });
});
