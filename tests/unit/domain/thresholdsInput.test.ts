import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '@renderer/domain/defaults';
import {
  parseAmount,
  thresholdsToInput,
  validateThresholdsInput,
} from '@renderer/features/settings/model/thresholdsInput';

describe('parseAmount', () => {
  it.each([
    ['0', 0],
    ['-0', 0],
    ['100000', 100_000],
    ['100 000', 100_000],
    ['100\u00a0000', 100_000],
    ['100\u202f000 kr', 100_000],
    ['700000kr', 700_000],
    ['  250 000  ', 250_000],
    ['100000,00', 100_000],
    ['100000.0', 100_000],
    ['100000000', 100_000_000],
  ])('%j → %d', (raw, value) => {
    expect(parseAmount(raw)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'amountRequired'],
    ['   ', 'amountRequired'],
    ['kr', 'amountRequired'],
    ['abc', 'amountInvalid'],
    ['1e6', 'amountInvalid'],
    ['100.000', 'amountInvalid'],
    ['100,000', 'amountInvalid'],
    ['1.000.000', 'amountInvalid'],
    ['100000,50', 'amountNotWhole'],
    ['0.5', 'amountNotWhole'],
    ['-1', 'amountOutOfRange'],
    ['\u22121', 'amountOutOfRange'],
    ['100000001', 'amountOutOfRange'],
    ['100 000 001', 'amountOutOfRange'],
  ])('%j → %s', (raw, error) => {
    expect(parseAmount(raw)).toEqual({ ok: false, error });
  });
});

const input = (internal: string, legal: string, documentation: string) => ({
  internalDirectProcurementLimit: internal,
  legalDirectProcurementLimit: legal,
  documentationDutyLimit: documentation,
});

describe('validateThresholdsInput', () => {
  it('accepts the defaults of domain.md, round-tripped through the form', () => {
    expect(validateThresholdsInput(thresholdsToInput(DEFAULT_THRESHOLDS))).toEqual({
      ok: true,
      value: DEFAULT_THRESHOLDS,
    });
  });

  it.each([
    ['internal equal to legal', input('700 000', '700 000', '100 000'), null],
    [
      'internal above legal',
      input('700 001', '700 000', '100 000'),
      { internalDirectProcurementLimit: 'internalAboveLegal' },
    ],
    ['documentation equal to legal', input('0', '700 000', '700 000'), null],
    [
      'documentation above legal',
      input('0', '700 000', '700 001'),
      { documentationDutyLimit: 'documentationAboveLegal' },
    ],
    ['all zero', input('0', '0', '0'), null],
    [
      'both above a low legal limit',
      input('200', '100', '300'),
      {
        internalDirectProcurementLimit: 'internalAboveLegal',
        documentationDutyLimit: 'documentationAboveLegal',
      },
    ],
    [
      'an invalid legal limit: no comparison',
      input('200', 'x', '300'),
      { legalDirectProcurementLimit: 'amountInvalid' },
    ],
    [
      'each field on its own',
      input('', '1,5', '-3'),
      {
        internalDirectProcurementLimit: 'amountRequired',
        legalDirectProcurementLimit: 'amountNotWhole',
        documentationDutyLimit: 'amountOutOfRange',
      },
    ],
  ])('%s', (_case, raw, errors) => {
    const result = validateThresholdsInput(raw);
    expect(result.ok ? null : result.errors).toEqual(errors);
  });

  it('accepts numbers at the boundary as well as text', () => {
    expect(
      validateThresholdsInput({
        internalDirectProcurementLimit: 50_000,
        legalDirectProcurementLimit: 700_000,
        documentationDutyLimit: 100_000,
      }),
    ).toEqual({
      ok: true,
      value: {
        internalDirectProcurementLimit: 50_000,
        legalDirectProcurementLimit: 700_000,
        documentationDutyLimit: 100_000,
      },
    });
    expect(
      validateThresholdsInput({ ...DEFAULT_THRESHOLDS, internalDirectProcurementLimit: 1.5 }),
    ).toEqual({ ok: false, errors: { internalDirectProcurementLimit: 'amountNotWhole' } });
  });

  it('refuses input of the wrong shape', () => {
    expect(validateThresholdsInput({ legalDirectProcurementLimit: '1' })).toEqual({
      ok: false,
      errors: {
        internalDirectProcurementLimit: 'amountInvalid',
        documentationDutyLimit: 'amountInvalid',
      },
    });
  });
});
