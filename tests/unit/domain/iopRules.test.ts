import { describe, expect, it } from 'vitest';
import type { Answer, IopChecklistItem, IopCriterionId } from '@renderer/domain/entities';
import {
  assessIop,
  emptyIopChecklist,
  IOP_CRITERIA,
  type IopRisk,
} from '@renderer/features/inquiries/model/iopRules';

const ALL_IDS: IopCriterionId[] = [
  'initiativFranOrganisationen',
  'marknadFinns',
  'badaParterBidrar',
  'gemensamtMal',
  'langsiktigt',
  'organisationenSjalvstandig',
  'inteForeningsbidrag',
  'statsstodBeaktat',
];

/** A checklist that passes every criterion (a real partnership), with overrides. */
function checklist(
  overrides: Partial<Record<IopCriterionId, Answer | [Answer, string]>> = {},
): IopChecklistItem[] {
  return ALL_IDS.map((criterion) => {
    const override = overrides[criterion];
    const [answer, comment] = Array.isArray(override)
      ? override
      : [override ?? (criterion === 'marknadFinns' ? 'nej' : 'ja'), ''];
    return { criterion, answer, comment };
  });
}

/** The answer that raises the criterion's risk (a risk names the answer given). */
const riskAnswer = (criterion: IopCriterionId): Answer =>
  IOP_CRITERIA.find((c) => c.id === criterion)?.riskWhen ?? 'oklart';
const unlawful = (criterion: IopCriterionId): IopRisk => ({
  kind: 'mayBeUnlawfulDirectProcurement',
  criterion,
  answer: riskAnswer(criterion),
});
const warn = (
  criterion: IopCriterionId,
  reason: Extract<IopRisk, { kind: 'warning' }>['reason'],
  suggestedPath: 'foreningsbidrag' | null = null,
): IopRisk => ({
  kind: 'warning',
  criterion,
  answer: riskAnswer(criterion),
  reason,
  suggestedPath,
});
const notExcluded = (criterion: IopCriterionId): IopRisk => ({
  kind: 'purchaseNotExcluded',
  criterion,
  answer: 'oklart',
});

describe('IOP_CRITERIA', () => {
  it('lists all eight criteria once, in display order', () => {
    expect(IOP_CRITERIA.map((c) => c.id)).toEqual(ALL_IDS);
  });

  it('names the answer that raises a risk', () => {
    expect(Object.fromEntries(IOP_CRITERIA.map((c) => [c.id, c.riskWhen]))).toEqual({
      initiativFranOrganisationen: 'nej',
      marknadFinns: 'ja',
      badaParterBidrar: 'nej',
      gemensamtMal: null,
      langsiktigt: null,
      organisationenSjalvstandig: 'nej',
      inteForeningsbidrag: 'nej',
      statsstodBeaktat: 'nej',
    });
  });
});

describe('emptyIopChecklist', () => {
  it('has every criterion as oklart with an empty comment', () => {
    expect(emptyIopChecklist()).toEqual(
      ALL_IDS.map((criterion) => ({ criterion, answer: 'oklart', comment: '' })),
    );
  });

  it('is incomplete, cannot exclude a purchase on the three purchase criteria, and asks for a comment', () => {
    expect(assessIop(emptyIopChecklist())).toEqual({
      complete: false,
      missing: ALL_IDS,
      risks: [
        notExcluded('initiativFranOrganisationen'),
        notExcluded('marknadFinns'),
        notExcluded('badaParterBidrar'),
      ],
      needsComment: true,
    });
  });
});

describe('assessIop', () => {
  it.each<[string, Parameters<typeof checklist>[0], IopRisk[], boolean]>([
    ['a real partnership', {}, [], false],
    [
      'initiative from the municipality',
      { initiativFranOrganisationen: 'nej' },
      [unlawful('initiativFranOrganisationen')],
      true,
    ],
    ['a market exists', { marknadFinns: 'ja' }, [unlawful('marknadFinns')], true],
    [
      'only one party contributes',
      { badaParterBidrar: 'nej' },
      [unlawful('badaParterBidrar')],
      true,
    ],
    [
      'a hard risk with a comment',
      { marknadFinns: ['ja', 'Ingen annan aktör erbjuder detta i stadsdelen.'] },
      [unlawful('marknadFinns')],
      false,
    ],
    [
      'a hard risk with a blank comment',
      { marknadFinns: ['ja', '   '] },
      [unlawful('marknadFinns')],
      true,
    ],
    [
      'two hard risks, one commented',
      { initiativFranOrganisationen: ['nej', 'Kommunen bad om det.'], badaParterBidrar: 'nej' },
      [unlawful('initiativFranOrganisationen'), unlawful('badaParterBidrar')],
      true,
    ],
    [
      'an ordinary grant',
      { inteForeningsbidrag: 'nej' },
      [warn('inteForeningsbidrag', 'ordinaryGrant', 'foreningsbidrag')],
      false,
    ],
    [
      'organisation not independent',
      { organisationenSjalvstandig: 'nej' },
      [warn('organisationenSjalvstandig', 'notIndependent')],
      false,
    ],
    [
      'state aid not considered',
      { statsstodBeaktat: 'nej' },
      [warn('statsstodBeaktat', 'stateAid')],
      false,
    ],
    ['no shared goal (recorded, no risk)', { gemensamtMal: 'nej' }, [], false],
    ['not long-term (recorded, no risk)', { langsiktigt: 'nej' }, [], false],
    [
      'initiative unclear',
      { initiativFranOrganisationen: 'oklart' },
      [notExcluded('initiativFranOrganisationen')],
      true,
    ],
    ['market unclear', { marknadFinns: 'oklart' }, [notExcluded('marknadFinns')], true],
    [
      'contribution unclear',
      { badaParterBidrar: 'oklart' },
      [notExcluded('badaParterBidrar')],
      true,
    ],
    [
      'a purchase criterion unclear, with a comment on it',
      { marknadFinns: ['oklart', 'Vi kollar med upphandlingsenheten.'] },
      [notExcluded('marknadFinns')],
      false,
    ],
    [
      'a purchase criterion unclear, with a blank comment',
      { badaParterBidrar: ['oklart', '  '] },
      [notExcluded('badaParterBidrar')],
      true,
    ],
    [
      'mixed: one hard risk commented, one purchase criterion unclear',
      {
        initiativFranOrganisationen: ['nej', 'Kommunen bad om det.'],
        marknadFinns: 'oklart',
      },
      [unlawful('initiativFranOrganisationen'), notExcluded('marknadFinns')],
      true,
    ],
    [
      'mixed: a hard risk and an unclear purchase criterion, both commented',
      {
        marknadFinns: ['ja', 'Ingen annan aktör i stadsdelen.'],
        badaParterBidrar: ['oklart', 'Lokalfrågan utreds.'],
      },
      [unlawful('marknadFinns'), notExcluded('badaParterBidrar')],
      false,
    ],
    [
      'mixed: purchase criteria answered, the others unclear (only missing)',
      {
        gemensamtMal: 'oklart',
        langsiktigt: 'oklart',
        organisationenSjalvstandig: 'oklart',
        inteForeningsbidrag: 'oklart',
        statsstodBeaktat: 'oklart',
      },
      [],
      false,
    ],
    [
      'mixed: an ordinary grant and an unclear initiative',
      { inteForeningsbidrag: 'nej', initiativFranOrganisationen: 'oklart' },
      [
        notExcluded('initiativFranOrganisationen'),
        warn('inteForeningsbidrag', 'ordinaryGrant', 'foreningsbidrag'),
      ],
      true,
    ],
    ['market answered nej is fine', { marknadFinns: 'nej' }, [], false],
    ['state aid unclear is only missing', { statsstodBeaktat: 'oklart' }, [], false],
  ])('%s', (_label, overrides, risks, needsComment) => {
    expect(assessIop(checklist(overrides))).toMatchObject({ risks, needsComment });
  });

  it('lists risks in display order regardless of checklist order', () => {
    const items = checklist({ statsstodBeaktat: 'nej', initiativFranOrganisationen: 'nej' });
    expect(assessIop([...items].reverse()).risks.map((r) => r.criterion)).toEqual([
      'initiativFranOrganisationen',
      'statsstodBeaktat',
    ]);
  });

  it.each<[string, IopChecklistItem[], IopCriterionId[]]>([
    ['all answered', checklist(), []],
    ['one oklart', checklist({ langsiktigt: 'oklart' }), ['langsiktigt']],
    [
      'criteria absent from the list',
      checklist().filter((i) => i.criterion !== 'gemensamtMal' && i.criterion !== 'marknadFinns'),
      ['marknadFinns', 'gemensamtMal'],
    ],
    ['an empty list', [], ALL_IDS],
  ])('missing: %s', (_label, items, missing) => {
    const result = assessIop(items);
    expect(result.missing).toEqual(missing);
    expect(result.complete).toBe(missing.length === 0);
  });

  it('treats an absent purchase criterion like oklart (not excluded, asks for a comment)', () => {
    const items = checklist().filter((i) => i.criterion !== 'badaParterBidrar');
    expect(assessIop(items)).toMatchObject({
      risks: [notExcluded('badaParterBidrar')],
      needsComment: true,
    });
  });

  it('uses the first item when a criterion appears twice', () => {
    const items: IopChecklistItem[] = [
      ...checklist({ marknadFinns: 'ja' }),
      { criterion: 'marknadFinns', answer: 'nej', comment: '' },
    ];
    expect(assessIop(items).risks).toEqual([unlawful('marknadFinns')]);
  });
});
