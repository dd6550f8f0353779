import type {
  HandoffPath,
  InquiryEntity,
  InquiryStage,
  PriorityAreaEntity,
} from '../../../domain/entities';
import type { BriefPeriod } from './briefData';

/**
 * What the figures are computed from. Any superset of the inquiries received, decided or signed in
 * the period gives the same figures (every figure filters by its own date), so a loader may pass
 * the whole table when that is the cheaper read.
 */
export type ManagementSource = {
  period: BriefPeriod;
  inquiries: readonly InquiryEntity[];
  priorityAreas: readonly PriorityAreaEntity[];
  /** Open follow-ups due before today (counted by the loader). */
  overdueFollowUps: number;
};

/** A signed agreement as the summary lists it. */
export type SignedAgreement = { inquiryId: string; title: string; signedAt: string; value: number };

/** The figures of the management summary for one period; pure, checked against a hand-made fixture. */
export type ManagementFigures = {
  newInquiries: number;
  byStage: Record<InquiryStage, number>;
  /** New inquiries per priority area (an inquiry counts once per area), then those without one. */
  byArea: { priorityAreaId: string | null; count: number }[];
  /** Decisions made in the period, per path (closing without handoff included). */
  byPath: Record<HandoffPath, number>;
  /** Decisions in the period that handed the inquiry on (every path but 'avslutat'). */
  handoffs: number;
  /** Every agreement signed in the period, oldest first. */
  agreements: SignedAgreement[];
  agreementsValue: number;
  /** Median whole days from intake to a handoff decided in the period; null without handoffs. */
  medianDaysToHandoff: number | null;
  months: { month: string; newInquiries: number; handoffs: number }[];
  overdueFollowUps: number;
};

const DAY_MS = 86_400_000;

const inRange = (date: string, start: string, end: string) => date >= start && date <= end;

/** Whole days between two calendar dates (yyyy-MM-dd). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The calendar date `days` away (UTC arithmetic on a date, so no time zone shifts it). */
function shiftDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

/** Every month "yyyy-MM" from the start date's month to the end date's, inclusive. */
export function monthsOf(start: string, end: string): string[] {
  const months: string[] = [];
  let year = Number(start.slice(0, 4));
  let month = Number(start.slice(5, 7));
  const last = end.slice(0, 7);
  for (let guard = 0; guard < 240; guard += 1) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) break;
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/**
 * `localDate` turns a timestamp into its local calendar date (the app's clock, not UTC). One pass
 * per list: at the stress scale the period can hold 50 000 inquiries over 120 months.
 */
export function managementFigures(
  data: ManagementSource,
  localDate: (iso: string) => string,
): ManagementFigures {
  const { start, end } = data.period;
  const unique = [...new Map(data.inquiries.map((inquiry) => [inquiry.id, inquiry])).values()];
  // The local day only where it can matter: a timestamp a day or more outside the period is
  // outside it in every time zone (this skips most of the work when given the whole table).
  const receivedOn = new Map<string, string>();
  const dayReceived = (inquiry: InquiryEntity) => {
    let day = receivedOn.get(inquiry.id);
    if (day === undefined) {
      day = localDate(inquiry.receivedAt);
      receivedOn.set(inquiry.id, day);
    }
    return day;
  };
  const [before, after] = [shiftDays(start, -1), shiftDays(end, 2)];
  const received = unique.filter(
    (inquiry) =>
      inquiry.receivedAt >= before &&
      inquiry.receivedAt < after &&
      inRange(dayReceived(inquiry), start, end),
  );
  const decided = unique.filter(
    (inquiry) => inquiry.handoff !== null && inRange(inquiry.handoff.decidedAt, start, end),
  );
  const handedOn = decided.filter((inquiry) => inquiry.handoff?.path !== 'avslutat');

  const byStage: Record<InquiryStage, number> = {
    inkommet: 0,
    matchning: 0,
    overlamning: 0,
    uppfoljning: 0,
    avslutat: 0,
  };
  const areaCounts = new Map<string | null, number>();
  const bump = (key: string | null) => areaCounts.set(key, (areaCounts.get(key) ?? 0) + 1);
  received.forEach((inquiry) => {
    byStage[inquiry.stage] += 1;
    if (inquiry.priorityAreaIds.length === 0) bump(null);
    new Set(inquiry.priorityAreaIds).forEach(bump);
  });
  const areaOrder = [...data.priorityAreas].sort((a, b) => a.order - b.order);
  const byArea: ManagementFigures['byArea'] = [
    ...areaOrder.map((area) => ({ priorityAreaId: area.id, count: areaCounts.get(area.id) ?? 0 })),
    { priorityAreaId: null, count: areaCounts.get(null) ?? 0 },
  ];

  const byPath: Record<HandoffPath, number> = {
    direktupphandling: 0,
    iop: 0,
    foreningsbidrag: 0,
    hanvisning: 0,
    avslutat: 0,
  };
  decided.forEach((inquiry) => {
    if (inquiry.handoff) byPath[inquiry.handoff.path] += 1;
  });

  const agreements = unique.flatMap((inquiry) => {
    const outcome = inquiry.outcome;
    if (outcome?.kind !== 'avtal_tecknat' || !outcome.signedAt) return [];
    if (!inRange(outcome.signedAt, start, end)) return [];
    return [
      {
        inquiryId: inquiry.id,
        title: inquiry.title,
        signedAt: outcome.signedAt,
        value: outcome.agreementValue ?? 0,
      },
    ];
  });
  agreements.sort((a, b) => a.signedAt.localeCompare(b.signedAt));

  const months = new Map(
    monthsOf(start, end).map((month) => [month, { month, newInquiries: 0, handoffs: 0 }]),
  );
  received.forEach((inquiry) => {
    const month = months.get(dayReceived(inquiry).slice(0, 7));
    if (month) month.newInquiries += 1;
  });
  handedOn.forEach((inquiry) => {
    const month = months.get(inquiry.handoff?.decidedAt.slice(0, 7) ?? '');
    if (month) month.handoffs += 1;
  });

  return {
    newInquiries: received.length,
    byStage,
    byArea,
    byPath,
    handoffs: handedOn.length,
    agreements,
    agreementsValue: agreements.reduce((sum, agreement) => sum + agreement.value, 0),
    medianDaysToHandoff: median(
      handedOn.map((inquiry) =>
        daysBetween(dayReceived(inquiry), inquiry.handoff?.decidedAt ?? ''),
      ),
    ),
    months: [...months.values()],
    overdueFollowUps: data.overdueFollowUps,
  };
}
