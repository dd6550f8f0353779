import { DAY, YEAR, clamp, officeHours } from './format';
import type { InquiryRecord } from './inquiries';
import type { OrganisationRecord } from './organisations';
import { type Random, at, createWeightedIndex } from './random';

/**
 * The call schedule as cheap numbers: which organisation each call belongs to, when it happened and
 * which inquiry it is about. Decided before organisations are yielded, so each organisation's
 * lastContactedAt is known; the call records themselves are built lazily from this plan.
 */

export type FollowUpKind = 'upcoming' | 'overdue' | 'done';

export type FollowUpPlan = {
  kind: FollowUpKind;
  orgIndex: number;
  inquiryIndex: number;
  /** The call that created it, or -1 when it was created on its own. */
  callIndex: number;
  createdMs: number;
  dueMs: number;
  /** When done; for open ones unused. */
  doneMs: number;
};

export type CallPlan = {
  count: number;
  orgIndex: Int32Array;
  timeMs: Float64Array;
  inquiryIndex: Int32Array;
  /** The follow-up created in the same step as the call, or -1. */
  followUpIndex: Int32Array;
  /** Latest call per organisation (ms), or -1 when never contacted. */
  lastContactMs: Float64Array;
  followUps: FollowUpPlan[];
};

/** Inquiry indices per organisation. */
export function inquiriesByOrganisation(
  orgCount: number,
  inquiries: readonly InquiryRecord[],
): number[][] {
  const byOrg: number[][] = Array.from({ length: orgCount }, () => []);
  inquiries.forEach((inquiry, i) => byOrg[inquiry.orgIndex]?.push(i));
  return byOrg;
}

/** An inquiry of the organisation that was open at the moment (70 % of the time), else -1. */
function inquiryOpenAt(
  random: Random,
  candidates: readonly number[],
  inquiries: readonly InquiryRecord[],
  ms: number,
): number {
  const open = candidates.filter((i) => {
    const inquiry = at(inquiries, i);
    return inquiry.receivedMs <= ms && ms <= inquiry.endMs;
  });
  return open.length > 0 && random.chance(0.7) ? random.pick(open) : -1;
}

function planFollowUp(
  random: Random,
  orgIndex: number,
  org: OrganisationRecord,
  now: number,
  candidates: readonly number[],
  inquiries: readonly InquiryRecord[],
): FollowUpPlan {
  const kind = random.weighted<FollowUpKind>([
    ['upcoming', 30],
    ['overdue', 10],
    ['done', 60],
  ]);
  const lo = org.createdMs;
  let createdMs: number;
  let dueMs: number;
  let doneMs = 0;
  if (kind === 'upcoming') {
    createdMs = officeHours(random, now - random.int(0, 21) * DAY, lo, now);
    dueMs = now + random.int(1, 42) * DAY;
  } else if (kind === 'overdue') {
    createdMs = officeHours(random, now - random.int(10, 90) * DAY, lo, now);
    dueMs = clamp(createdMs + random.int(3, 30) * DAY, createdMs, now - DAY);
  } else {
    const age = 20 * DAY + (1 - Math.sqrt(random.next())) * (10 * YEAR - 20 * DAY);
    createdMs = officeHours(random, now - age, lo, now);
    dueMs = clamp(createdMs + random.int(2, 30) * DAY, createdMs, now);
    doneMs = clamp(dueMs + random.int(-2 * 24, 7 * 24) * 3_600_000, createdMs, now);
  }
  dueMs = Math.max(dueMs, createdMs);
  return {
    kind,
    orgIndex,
    inquiryIndex: inquiryOpenAt(random, candidates, inquiries, createdMs),
    callIndex: -1,
    createdMs,
    dueMs,
    doneMs,
  };
}

/** Long-running inquiries get more calls than ones closed (or received) within days. */
const inquiryWeight = (inquiry: InquiryRecord): number =>
  clamp(inquiry.endMs - inquiry.receivedMs, 14 * DAY, 3 * YEAR);

/** Cumulative-weight pick without allocating (runs once per call). */
function pickWeighted(
  random: Random,
  values: readonly number[],
  cumulative: readonly number[],
): number {
  const roll = random.next() * (cumulative[cumulative.length - 1] ?? 0);
  for (let i = 0; i < values.length; i++) if (roll < (cumulative[i] ?? 0)) return at(values, i);
  return at(values, values.length - 1);
}

export function planCalls(
  random: Random,
  callCount: number,
  followUpCount: number,
  orgs: readonly OrganisationRecord[],
  inquiries: readonly InquiryRecord[],
  now: number,
): CallPlan {
  const byOrg = inquiriesByOrganisation(orgs.length, inquiries);
  const pickOrg = createWeightedIndex(orgs.map((org) => org.weight));
  const weightsByOrg = byOrg.map((candidates) => {
    let total = 0;
    return candidates.map((i) => (total += inquiryWeight(at(inquiries, i))));
  });
  const plan: CallPlan = {
    count: callCount,
    orgIndex: new Int32Array(callCount),
    timeMs: new Float64Array(callCount),
    inquiryIndex: new Int32Array(callCount).fill(-1),
    followUpIndex: new Int32Array(callCount).fill(-1),
    lastContactMs: new Float64Array(orgs.length).fill(-1),
    followUps: [],
  };

  // Follow-ups first: most are created in a call, which then happens at the follow-up's moment.
  for (let f = 0; f < followUpCount; f++) {
    const orgIndex = pickOrg(random);
    plan.followUps.push(
      planFollowUp(random, orgIndex, at(orgs, orgIndex), now, byOrg[orgIndex] ?? [], inquiries),
    );
  }
  const linkedCount = Math.min(callCount, Math.round(followUpCount * 0.7));
  const linkedSlots = new Set<number>();
  while (linkedSlots.size < linkedCount) linkedSlots.add(random.int(0, callCount - 1));
  let f = 0;
  for (const slot of linkedSlots) {
    const followUp = at(plan.followUps, f);
    followUp.callIndex = slot;
    plan.followUpIndex[slot] = f;
    plan.orgIndex[slot] = followUp.orgIndex;
    plan.timeMs[slot] = followUp.createdMs;
    plan.inquiryIndex[slot] = followUp.inquiryIndex;
    f++;
  }

  for (let i = 0; i < callCount; i++) {
    if (plan.followUpIndex[i] === -1) {
      const orgIndex = pickOrg(random);
      const org = at(orgs, orgIndex);
      const candidates = byOrg[orgIndex] ?? [];
      plan.orgIndex[i] = orgIndex;
      if (candidates.length > 0 && random.chance(0.7)) {
        const inquiryIndex = pickWeighted(random, candidates, at(weightsByOrg, orgIndex));
        const inquiry = at(inquiries, inquiryIndex);
        // Calls cluster early in an inquiry's life.
        const ms = inquiry.receivedMs + (inquiry.endMs - inquiry.receivedMs) * random.next() ** 2;
        plan.inquiryIndex[i] = inquiryIndex;
        plan.timeMs[i] = officeHours(random, ms, inquiry.receivedMs, inquiry.endMs);
      } else {
        const age = random.chance(0.6) ? random.next() : 1 - Math.sqrt(random.next());
        plan.timeMs[i] = officeHours(random, now - age * (now - org.createdMs), org.createdMs, now);
      }
    }
    const orgIndex = plan.orgIndex[i] ?? 0;
    const ms = plan.timeMs[i] ?? 0;
    if (ms > (plan.lastContactMs[orgIndex] ?? -1)) plan.lastContactMs[orgIndex] = ms;
  }
  return plan;
}
