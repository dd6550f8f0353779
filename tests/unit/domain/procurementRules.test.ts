import { describe, expect, it } from 'vitest';
import type { Thresholds } from '@renderer/domain/entities';
import { DEFAULT_THRESHOLDS } from '@renderer/domain/defaults';
import {
  addDaysToIsoDate,
  assessDirectProcurement,
  type ProcurementAssessment,
} from '@renderer/features/inquiries/model/procurementRules';

const SIGNED = '2025-03-10';
const DUE = '2025-04-09';

function approved(
  aboveInternalLimit: boolean,
  documentationRequired: boolean,
  documentationDueDate: string | null,
): ProcurementAssessment {
  return { allowed: true, aboveInternalLimit, documentationRequired, documentationDueDate };
}

describe('assessDirectProcurement with the default thresholds (100 000 / 700 000 / 100 000)', () => {
  it.each<[string, number | null, string | null, ProcurementAssessment]>([
    ['null value', null, SIGNED, { allowed: false, reason: 'valueMissing' }],
    ['NaN', Number.NaN, SIGNED, { allowed: false, reason: 'valueMissing' }],
    ['Infinity', Number.POSITIVE_INFINITY, SIGNED, { allowed: false, reason: 'valueMissing' }],
    ['negative value', -1, SIGNED, { allowed: false, reason: 'valueMissing' }],
    ['zero', 0, SIGNED, approved(false, false, null)],
    ['documentation limit - 1', 99_999, SIGNED, approved(false, false, null)],
    ['documentation limit (not "above")', 100_000, SIGNED, approved(false, false, null)],
    ['documentation limit + 1', 100_001, SIGNED, approved(true, true, DUE)],
    ['documentation limit + 1, unsigned', 100_001, null, approved(true, true, null)],
    ['fraction above the limit', 100_000.5, SIGNED, approved(true, true, DUE)],
    ['legal limit - 1', 699_999, SIGNED, approved(true, true, DUE)],
    [
      'legal limit (not "below")',
      700_000,
      SIGNED,
      { allowed: false, reason: 'aboveLegalLimit', value: 700_000, legalLimit: 700_000 },
    ],
    [
      'legal limit + 1',
      700_001,
      SIGNED,
      { allowed: false, reason: 'aboveLegalLimit', value: 700_001, legalLimit: 700_000 },
    ],
  ])('%s', (_label, value, signedAt, expected) => {
    expect(assessDirectProcurement(value, DEFAULT_THRESHOLDS, signedAt)).toEqual(expected);
  });
});

describe('assessDirectProcurement with limits set apart (internal 250 000, duty 100 000)', () => {
  const thresholds: Thresholds = {
    internalDirectProcurementLimit: 250_000,
    legalDirectProcurementLimit: 600_000,
    documentationDutyLimit: 100_000,
  };

  it.each<[number, ProcurementAssessment]>([
    [100_000, approved(false, false, null)],
    [100_001, approved(false, true, DUE)],
    [249_999, approved(false, true, DUE)],
    [250_000, approved(false, true, DUE)],
    [250_001, approved(true, true, DUE)],
    [599_999, approved(true, true, DUE)],
    [600_000, { allowed: false, reason: 'aboveLegalLimit', value: 600_000, legalLimit: 600_000 }],
    [600_001, { allowed: false, reason: 'aboveLegalLimit', value: 600_001, legalLimit: 600_000 }],
  ])('%d kr', (value, expected) => {
    expect(assessDirectProcurement(value, thresholds, SIGNED)).toEqual(expected);
  });

  it('reads the limits from the thresholds it is given, not from the defaults', () => {
    const strict: Thresholds = { ...thresholds, legalDirectProcurementLimit: 50_000 };
    expect(assessDirectProcurement(60_000, strict, SIGNED)).toMatchObject({
      allowed: false,
      reason: 'aboveLegalLimit',
    });
  });
});

describe('documentation due date: signing date + 30 days (19 a kap. 11 §)', () => {
  it.each<[string, string | null]>([
    ['2025-01-01', '2025-01-31'],
    ['2025-01-31', '2025-03-02'],
    ['2024-01-31', '2024-03-01'],
    ['2024-02-29', '2024-03-30'],
    ['2025-12-15', '2026-01-14'],
    ['2025-03-30', '2025-04-29'],
    ['2025-10-20', '2025-11-19'],
    ['2025-02-30', null],
    ['2025-13-01', null],
    ['2025-3-10', null],
    ['10/03/2025', null],
    ['', null],
  ])('signed %s → due %s', (signedAt, due) => {
    expect(assessDirectProcurement(200_000, DEFAULT_THRESHOLDS, signedAt)).toEqual(
      approved(true, true, due),
    );
  });

  it.each<[string, number, string | null]>([
    ['2025-03-10', 0, '2025-03-10'],
    ['2025-03-10', -10, '2025-02-28'],
    ['2023-12-31', 1, '2024-01-01'],
  ])('addDaysToIsoDate(%s, %d) = %s', (date, days, expected) => {
    expect(addDaysToIsoDate(date, days)).toBe(expected);
  });
});
