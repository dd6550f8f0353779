import { describe, expect, it } from 'vitest';
import {
  EMPTY_PRIORITY_AREA_INPUT,
  parseKeywords,
  priorityAreaToInput,
  validatePriorityAreaInput,
} from '@renderer/features/settings/model/priorityAreaInput';

const input = (patch: Partial<typeof EMPTY_PRIORITY_AREA_INPUT>) => ({
  ...EMPTY_PRIORITY_AREA_INPUT,
  name: 'Barn',
  ...patch,
});

describe('parseKeywords', () => {
  it.each([
    ['', []],
    [' , ,', []],
    ['förskol', ['förskol']],
    ['Förskol, ÄLDRE ,äldre', ['förskol', 'äldre']],
    ['  läxhjälp ,  svenska   för  invandrare ', ['läxhjälp', 'svenska för invandrare']],
  ])('%j → %j', (raw, expected) => {
    expect(parseKeywords(raw)).toEqual(expected);
  });
});

describe('validatePriorityAreaInput', () => {
  it('trims the fields and turns the keywords into unique lowercase stems', () => {
    expect(
      validatePriorityAreaInput(
        input({
          name: '  Barn   och unga ',
          description: ' Förskola. ',
          keywords: 'Barn, förskol, barn',
        }),
      ),
    ).toEqual({
      ok: true,
      value: { name: 'Barn och unga', description: 'Förskola.', keywords: ['barn', 'förskol'] },
    });
  });

  it.each([
    ['name empty', { name: '' }, { name: 'nameRequired' }],
    ['name only spaces', { name: '   ' }, { name: 'nameRequired' }],
    ['name 80 characters', { name: 'a'.repeat(80) }, null],
    ['name 81 characters', { name: 'a'.repeat(81) }, { name: 'nameTooLong' }],
    ['description 500 characters', { description: 'd'.repeat(500) }, null],
    [
      'description 501 characters',
      { description: 'd'.repeat(501) },
      { description: 'descriptionTooLong' },
    ],
    ['keyword of 1 character', { keywords: 'barn, a' }, { keywords: 'keywordLength' }],
    ['keyword of 2 characters', { keywords: 'ab' }, null],
    ['keyword of 40 characters', { keywords: 'k'.repeat(40) }, null],
    ['keyword of 41 characters', { keywords: 'k'.repeat(41) }, { keywords: 'keywordLength' }],
    ['no keywords', { keywords: '' }, null],
  ])('%s', (_case, patch, errors) => {
    const result = validatePriorityAreaInput(input(patch));
    expect(result.ok ? null : result.errors).toEqual(errors);
  });

  it('reports several fields at once', () => {
    expect(validatePriorityAreaInput(input({ name: '', keywords: 'x' }))).toEqual({
      ok: false,
      errors: { name: 'nameRequired', keywords: 'keywordLength' },
    });
  });

  it.each([null, 'Barn', { name: 5, description: '', keywords: '' }])(
    'refuses input of the wrong shape: %j',
    (raw) => {
      expect(validatePriorityAreaInput(raw).ok).toBe(false);
    },
  );

  it('round-trips a stored area through the form values', () => {
    const area = { name: 'Barn', description: 'Unga', keywords: ['barn', 'förskol'] };
    expect(priorityAreaToInput(area)).toEqual({
      name: 'Barn',
      description: 'Unga',
      keywords: 'barn, förskol',
    });
    expect(validatePriorityAreaInput(priorityAreaToInput(area))).toEqual({ ok: true, value: area });
  });
});
