import { DEFAULT_THRESHOLDS } from '../../domain/defaults';
import type {
  HandoffOutcome,
  HandoffOutcomeKind,
  HandoffPath,
  InquiryStage,
  IopChecklistItem,
} from '../../domain/entities';
import { IOP_COMMENTS, IOP_CRITERIA, OUTCOME_NOTES } from './callTexts';
import { DAY, YEAR, isoDate } from './format';
import type { Random } from './random';

/** Values, handoff paths, IOP checklists and outcomes of generated inquiries. */

export const round5000 = (value: number): number => Math.round(value / 5000) * 5000;

/** Estimated yearly value: boundary values 100 000 / 700 000 / 0 at fixed positions, else spread. */
export function yearlyValue(
  random: Random,
  index: number,
  stage: InquiryStage,
  range: readonly [number, number],
): number | null {
  if (index % 20 === 7) return 100_000;
  if (index % 25 === 11) return 700_000;
  if (index % 30 === 4) return 0;
  if (random.chance(stage === 'inkommet' || stage === 'matchning' ? 0.25 : 0.05)) return null;
  const [lo, hi] = range;
  const logLo = Math.log(Math.max(lo, 10_000));
  const typical = Math.exp(logLo + random.next() * (Math.log(hi) - logLo));
  // Some organisations offer the same at a larger scale (more districts, more days).
  const scaled = random.chance(0.12) ? typical * random.float(2, 4) : typical;
  return Math.min(1_500_000, round5000(scaled));
}

/** A handoff path consistent with the stage, value (direct procurement ≤ legal limit) and initiative. */
export function choosePath(
  random: Random,
  stage: InquiryStage,
  value: number | null,
  fromOrganisation: boolean,
): HandoffPath {
  const { legalDirectProcurementLimit, internalDirectProcurementLimit } = DEFAULT_THRESHOLDS;
  const direct =
    value !== null && value <= legalDirectProcurementLimit
      ? value <= internalDirectProcurementLimit
        ? 4
        : 3
      : 0;
  return random.weighted<HandoffPath>([
    ['direktupphandling', direct],
    ['iop', fromOrganisation ? 3 : 0],
    ['foreningsbidrag', value === null || value <= 300_000 ? 1.5 : 0.3],
    ['hanvisning', stage === 'uppfoljning' ? 0 : 1],
    ['avslutat', stage === 'avslutat' ? 2 : 0],
  ]);
}

/** All eight IOP criteria, answered as for a sound partnership, some still unclear. */
export function iopChecklist(random: Random): IopChecklistItem[] {
  return IOP_CRITERIA.map((criterion) => {
    const unsure = random.chance(0.1);
    const answer = unsure ? 'oklart' : criterion === 'marknadFinns' ? 'nej' : 'ja';
    return {
      criterion,
      answer,
      comment: unsure
        ? 'Behöver utredas vidare med enheten.'
        : random.chance(0.6)
          ? IOP_COMMENTS[criterion]
          : '',
    };
  });
}

/** The follow-up outcome of a handoff, often an agreement with value and period. */
export function outcomeOf(
  random: Random,
  stage: InquiryStage,
  path: HandoffPath,
  value: number | null,
  decidedMs: number,
): HandoffOutcome | null {
  if (
    path === 'hanvisning' ||
    path === 'avslutat' ||
    !random.chance(stage === 'avslutat' ? 0.85 : 0.75)
  )
    return null;
  const kind = random.weighted<HandoffOutcomeKind>(
    stage === 'avslutat'
      ? [
          ['avtal_tecknat', 45],
          ['mottaget', 15],
          ['aterlamnat', 15],
          ['ej_genomfort', 25],
        ]
      : [
          ['avtal_tecknat', 45],
          ['mottaget', 45],
          ['aterlamnat', 10],
        ],
  );
  const signed = kind === 'avtal_tecknat';
  const base = value ?? round5000(random.int(30_000, 600_000));
  const startMs = decidedMs + random.int(0, 30) * DAY;
  const years = path === 'iop' ? random.int(1, 3) : 1;
  return {
    kind,
    decidedAt: isoDate(decidedMs),
    agreementValue: signed ? round5000(base * random.float(0.85, 1)) : null,
    agreementStart: signed ? isoDate(startMs) : null,
    agreementEnd: signed ? isoDate(startMs + years * YEAR - DAY) : null,
    signedAt: signed ? isoDate(decidedMs) : null,
    note: random.pick(OUTCOME_NOTES[kind]),
  };
}
