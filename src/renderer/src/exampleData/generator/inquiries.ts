import { DEFAULT_THRESHOLDS } from '../../domain/defaults';
import { inquirySearchWords } from '../../domain/inquirySearchWords';
import type {
  Handoff,
  HandoffOutcome,
  InquiryChannel,
  InquiryEntity,
  InquiryStage,
  PriorityMatch,
  UnitEntity,
} from '../../domain/entities';
import { CLOSE_REASONS, HANDOFF_RATIONALES, RISK_COMMENTS } from './callTexts';
import { DAY, MINUTE, isoDate, isoTimestamp, officeHours } from './format';
import { choosePath, iopChecklist, outcomeOf, yearlyValue } from './handoffs';
import { INQUIRY_TEMPLATES } from './inquiryTexts';
import type { NavigatorRef } from './municipality';
import { COMMUNITY_LANGUAGES } from './orgNames';
import { type OrganisationRecord, pickContact } from './organisations';
import { type IdSource, type Random, at, createWeightedIndex } from './random';

/** Builds inquiries (ärenden) with consistent stage, matches, handoff and outcome. */

export type InquiryRecord = {
  entity: InquiryEntity;
  orgIndex: number;
  receivedMs: number;
  endMs: number;
};

const STAGE_WEIGHTS: readonly (readonly [InquiryStage, number])[] = [
  ['inkommet', 6],
  ['matchning', 8],
  ['overlamning', 7],
  ['uppfoljning', 16],
  ['avslutat', 63],
];
const STAGE_ORDER: readonly InquiryStage[] = [
  'inkommet',
  'matchning',
  'overlamning',
  'uppfoljning',
  'avslutat',
];

/** How long ago (days) an inquiry in each stage was received. */
const STAGE_AGE: Record<InquiryStage, readonly [number, number]> = {
  inkommet: [0, 90],
  matchning: [3, 240],
  overlamning: [20, 500],
  uppfoljning: [60, 5 * 365],
  avslutat: [30, 10 * 365],
};

const CHANNELS: readonly (readonly [InquiryChannel, number])[] = [
  ['telefon', 65],
  ['epost', 18],
  ['mote', 8],
  ['besok', 5],
  ['remiss', 4],
];

const EXTRA_SENTENCES: readonly string[] = [
  '',
  '',
  ' Föreningen har drivit liknande verksamhet i tre år med egna medel.',
  ' Verksamheten bygger på ett tjugotal aktiva volontärer.',
  ' Lokal finns, men hyran behöver delfinansieras.',
  ' Samarbete finns redan med skolan i området.',
];

export function buildInquiries(
  random: Random,
  ids: IdSource,
  count: number,
  orgs: readonly OrganisationRecord[],
  navigators: readonly NavigatorRef[],
  units: readonly UnitEntity[],
  now: number,
): InquiryRecord[] {
  const pickOrg = createWeightedIndex(orgs.map((org) => org.weight));
  const registryNumbers = new Map<number, number>();
  const records: InquiryRecord[] = [];
  for (let index = 0; index < count; index++) {
    const stage =
      index < STAGE_ORDER.length ? at(STAGE_ORDER, index) : random.weighted(STAGE_WEIGHTS);
    const [minAge, maxAge] = STAGE_AGE[stage];
    let orgIndex = pickOrg(random);
    for (let tries = 0; tries < 6 && at(orgs, orgIndex).createdMs > now - minAge * DAY; tries++)
      orgIndex = pickOrg(random);
    const org = at(orgs, orgIndex);
    const lo = Math.max(org.createdMs, now - maxAge * DAY);
    const hi = Math.max(lo, now - minAge * DAY);
    // Within the stage's window: closed ones spread evenly, open ones denser recently.
    const age =
      stage === 'avslutat' || random.chance(0.5) ? random.next() : 1 - Math.sqrt(random.next());
    const receivedMs = officeHours(random, hi - (hi - lo) * age, org.createdMs, now);
    // Each later step happens after the one before, never after now.
    const step = (from: number, minDays: number, maxDays: number, share: number): number =>
      from + Math.min(random.int(minDays, maxDays) * DAY, (now - from) * share);
    const matchedMs = step(receivedMs, 1, 21, 0.3);
    const decidedMs = step(matchedMs, 7, 90, 0.6);
    const outcomeMs = step(decidedMs, 7, 120, 0.7);
    const closedMs = step(outcomeMs, 0, 60, 0.8);

    const template = random.pick(INQUIRY_TEMPLATES);
    const language = random.pick(COMMUNITY_LANGUAGES);
    const fill = (text: string): string =>
      text.replaceAll('{lang}', language).replaceAll('{district}', org.entity.district);
    const stageIndex = STAGE_ORDER.indexOf(stage);
    const initiative = random.chance(0.85) ? 'organisation' : 'kommun';
    const value = yearlyValue(random, index, stage, template.value);
    const navigator =
      navigators.length > 0 && !(stage === 'inkommet' && random.chance(0.2))
        ? random.pick(navigators)
        : null;
    const unit =
      units.find((candidate) => candidate.name === template.unit) ??
      (units.length > 0 ? random.pick(units) : null);

    const matches: PriorityMatch[] =
      stageIndex >= 1
        ? template.areas.map(([priorityAreaId, rationale]) => ({
            priorityAreaId,
            rationale,
            fromSuggestion: random.chance(0.5),
          }))
        : [];
    if (matches.length > 0 && matches.length < 3 && random.chance(0.15)) {
      const extra = random.pick(['pa-barn', 'pa-utbildning', 'pa-arbete', 'pa-halsa']);
      if (!matches.some((match) => match.priorityAreaId === extra))
        matches.push({
          priorityAreaId: extra,
          rationale: 'Bidrar även till detta område.',
          fromSuggestion: false,
        });
    }

    let handoff: Handoff | null = null;
    let outcome: HandoffOutcome | null = null;
    if (stageIndex >= 2) {
      const path = choosePath(random, stage, value, initiative === 'organisation');
      const toUnit = path === 'direktupphandling' || path === 'iop' || path === 'foreningsbidrag';
      const documented =
        path === 'direktupphandling' &&
        value !== null &&
        value > DEFAULT_THRESHOLDS.documentationDutyLimit;
      handoff = {
        path,
        decidedAt: isoDate(decidedMs),
        decidedBy: navigator?.name || unit?.contactName || 'Lotsen',
        rationale: random.pick(HANDOFF_RATIONALES[path]),
        unitId: toUnit ? (unit?.id ?? null) : null,
        unitContact: toUnit ? (unit?.contactName ?? '') : '',
        thresholdsAtDecision: { ...DEFAULT_THRESHOLDS },
        reservedProcurement: false,
        iopChecklist: path === 'iop' ? iopChecklist(random) : [],
        riskComment: random.pick(
          RISK_COMMENTS[path === 'iop' ? 'iop' : documented ? 'documented' : 'none'],
        ),
        closeReason: path === 'avslutat' ? random.pick(CLOSE_REASONS) : '',
      };
      if (stageIndex >= 3) outcome = outcomeOf(random, stage, path, value, outcomeMs);
    }

    const closed = stage === 'avslutat';
    const lastEventMs = closed
      ? closedMs
      : stageIndex >= 3
        ? outcome
          ? outcomeMs
          : decidedMs
        : stageIndex === 2
          ? decidedMs
          : stageIndex === 1
            ? matchedMs
            : receivedMs;
    const createdMs = Math.min(now, receivedMs + random.int(0, 90) * MINUTE);
    const year = new Date(receivedMs).getFullYear();
    const serial = (registryNumbers.get(year) ?? 0) + 1;
    const registered = stageIndex >= 2 || (stageIndex === 1 && random.chance(0.2));
    if (registered) registryNumbers.set(year, serial);
    const contact = pickContact(random, org, receivedMs);
    const entity: InquiryEntity = {
      id: ids.next(),
      organisationId: org.entity.id,
      contactPersonId: contact?.id ?? null,
      title: fill(template.title),
      offer: fill(template.offer) + random.pick(EXTRA_SENTENCES),
      targetGroup: fill(template.targetGroup),
      initiative,
      channel: random.weighted(CHANNELS),
      estimatedYearlyValue: value,
      diarienummer: registered ? `KS ${year}/${String(serial).padStart(5, '0')}` : '',
      responsibleNavigatorId: navigator?.id ?? null,
      stage,
      matches,
      priorityAreaIds: matches.map((match) => match.priorityAreaId),
      searchWords: [],
      unitId: handoff
        ? handoff.unitId
        : stageIndex === 1 && random.chance(0.6)
          ? (unit?.id ?? null)
          : null,
      handoff,
      handoffPath: handoff?.path ?? '',
      outcome,
      receivedAt: isoTimestamp(receivedMs),
      closedAt: closed ? isoTimestamp(closedMs) : null,
      createdAt: isoTimestamp(createdMs),
      updatedAt: isoTimestamp(Math.max(createdMs, lastEventMs)),
    };
    entity.searchWords = inquirySearchWords(entity);
    records.push({ entity, orgIndex, receivedMs, endMs: closed ? closedMs : now });
  }
  return records;
}
