import { describe, expect, it } from 'vitest';
import {
  groupMatchesLegalForm,
  luhnCheckDigit,
  parseOrgNumber,
  withCheckDigit,
} from '@renderer/domain/orgNumber';

describe('parseOrgNumber', () => {
  // Public, real organisation numbers (domain.md) in every accepted spelling.
  it.each([
    ['556016-0680', '556016-0680', 'aktiebolag'],
    ['5560160680', '556016-0680', 'aktiebolag'],
    ['165560160680', '556016-0680', 'aktiebolag'],
    ['16556016-0680', '556016-0680', 'aktiebolag'],
    ['212000-1355', '212000-1355', 'offentlig'],
    ['802005-1952', '802005-1952', 'ideell_forening_stiftelse'],
    [' 802005 1952 ', '802005-1952', 'ideell_forening_stiftelse'],
  ])('accepts %s as %s', (input, expected, group) => {
    expect(parseOrgNumber(input)).toEqual({ ok: true, value: expected, group });
  });

  it.each([
    ['556016-0681', 'checksum'],
    ['802005-1953', 'checksum'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['55601-0680', 'format'],
    ['556016-06800', 'format'],
    ['abcdef-ghij', 'format'],
    ['17556016-0680', 'format'],
    // A personnummer: digits 3–4 are a month (12), refused even with a valid Luhn digit.
    ['811218-9876', 'personnummer'],
    ['198112189876', 'format'],
    ['640823-3234', 'personnummer'],
    ['001900-0000', 'personnummer'],
  ])('refuses %s (%s)', (input, error) => {
    expect(parseOrgNumber(input)).toEqual({ ok: false, error });
  });

  it('accepts digits 3–4 exactly at 20 and refuses 19', () => {
    expect(parseOrgNumber(withCheckDigit('802000000')).ok).toBe(true);
    expect(parseOrgNumber(withCheckDigit('801900000'))).toEqual({
      ok: false,
      error: 'personnummer',
    });
  });
});

describe('luhnCheckDigit', () => {
  it('computes the check digit of known numbers', () => {
    expect(luhnCheckDigit('556016068')).toBe(0);
    expect(luhnCheckDigit('212000135')).toBe(5);
    expect(luhnCheckDigit('802005195')).toBe(2);
  });
});

describe('groupMatchesLegalForm', () => {
  it.each([
    ['802005-1952', 'ideell_forening', true],
    ['802005-1952', 'stiftelse', true],
    ['802005-1952', 'ekonomisk_forening', false],
    ['556016-0680', 'aktiebolag', true],
    ['556016-0680', 'ideell_forening', false],
    ['212000-1355', 'trossamfund', true],
    ['556016-0680', 'annan', true],
  ] as const)('%s with %s → %s', (number, form, expected) => {
    expect(groupMatchesLegalForm(number, form)).toBe(expected);
  });
});
