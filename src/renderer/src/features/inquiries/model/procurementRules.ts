import type { IsoDate, Thresholds } from '../../../domain/entities';

/**
 * Direct procurement (direktupphandling, LOU 19 a kap.) checks for one contract value in kr.
 * Boundaries follow the wording of the statute (see shared/domain.md):
 * - 19 a kap. 2 §: direct procurement may be used when the value "understiger" (is below) the
 *   legal limit → allowed iff value < legalDirectProcurementLimit; exactly at the limit is refused.
 * - 19 a kap. 11 §: documentation duty when the value "överstiger" (exceeds) 100 000 kr →
 *   documentationRequired iff value > documentationDutyLimit; exactly at the limit needs none.
 * - 19 a kap. 15 § (the municipality's own guidelines): aboveInternalLimit iff
 *   value > internalDirectProcurementLimit, read the same way as the documentation duty ("up to and
 *   including the limit is fine"). It is a warning only: the legal limit decides what is allowed.
 * - The documentation must be complete within 30 days of signing → due date = signedAt + 30 days.
 * A missing value (null, NaN, ±Infinity or negative) cannot be assessed: 'valueMissing'.
 * Limits are settings (domain.md), so they always come in as `thresholds`.
 */

export const DOCUMENTATION_DAYS_AFTER_SIGNING = 30;

export type ProcurementRefusal =
  | { allowed: false; reason: 'valueMissing' }
  | { allowed: false; reason: 'aboveLegalLimit'; value: number; legalLimit: number };

export type ProcurementApproval = {
  allowed: true;
  /** Above the municipality's own limit (19 a kap. 15 §): allowed by law, but warn. */
  aboveInternalLimit: boolean;
  /** 19 a kap. 11 §: the reasons and circumstances must be documented. */
  documentationRequired: boolean;
  /** signedAt + 30 days when documentation is required and a valid signedAt is given. */
  documentationDueDate: IsoDate | null;
};

export type ProcurementAssessment = ProcurementRefusal | ProcurementApproval;

export function assessDirectProcurement(
  value: number | null,
  thresholds: Thresholds,
  signedAt: IsoDate | null,
): ProcurementAssessment {
  if (value === null || !Number.isFinite(value) || value < 0) {
    return { allowed: false, reason: 'valueMissing' };
  }
  const legalLimit = thresholds.legalDirectProcurementLimit;
  if (value >= legalLimit) {
    return { allowed: false, reason: 'aboveLegalLimit', value, legalLimit };
  }
  const documentationRequired = value > thresholds.documentationDutyLimit;
  const documentationDueDate =
    documentationRequired && signedAt !== null
      ? addDaysToIsoDate(signedAt, DOCUMENTATION_DAYS_AFTER_SIGNING)
      : null;
  return {
    allowed: true,
    aboveInternalLimit: value > thresholds.internalDirectProcurementLimit,
    documentationRequired,
    documentationDueDate,
  };
}

/**
 * Adds whole calendar days to a `yyyy-MM-dd` date in UTC (no time zone or DST drift).
 * Returns null for text that is not a real calendar date (e.g. 2025-02-30), so a bad signing date
 * never produces a wrong deadline.
 */
export function addDaysToIsoDate(date: IsoDate, days: number): IsoDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const start = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2025-02-30 over to March; a round trip shows the input was not a real date.
  if (
    start.getUTCFullYear() !== year ||
    start.getUTCMonth() !== month - 1 ||
    start.getUTCDate() !== day
  ) {
    return null;
  }
  const result = new Date(start.getTime() + days * 86_400_000);
  return result.toISOString().slice(0, 10);
}
