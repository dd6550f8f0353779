import { describe, expect, it } from 'vitest';
import {
  callOutcomesToDrafts,
  slugOf,
  validateCallOutcomes,
  type CallOutcomeDraft,
} from '@renderer/features/settings/model/callOutcomesInput';
import { DEFAULT_CALL_OUTCOMES } from '@renderer/domain/defaults';

const existing = () => callOutcomesToDrafts(DEFAULT_CALL_OUTCOMES);
const added = (label: string, isActive = true): CallOutcomeDraft => ({ id: null, label, isActive });

describe('slugOf', () => {
  it.each([
    ['Talade med', 'talade_med'],
    ['Lämnade meddelande', 'lamnade_meddelande'],
    ['  Återkommer   själv! ', 'aterkommer_sjalv'],
    ['Möte bokat (fysiskt)', 'mote_bokat_fysiskt'],
    ['Café-besök', 'cafe_besok'],
    ['Ærø', 'aero'],
    ['???', 'utfall'],
    ['a'.repeat(60), 'a'.repeat(40)],
  ])('%j → %s', (label, slug) => {
    expect(slugOf(label)).toBe(slug);
  });
});

describe('validateCallOutcomes', () => {
  it('keeps the ids of existing outcomes and trims labels', () => {
    const drafts = existing().map((draft, index) =>
      index === 0 ? { ...draft, label: '  Talade   med kontakt ' } : draft,
    );
    const result = validateCallOutcomes(drafts, DEFAULT_CALL_OUTCOMES);
    expect(result.ok && result.value[0]).toEqual({
      id: 'talade_med',
      label: 'Talade med kontakt',
      isActive: true,
    });
  });

  it('gives new outcomes a unique slug id, never one used before', () => {
    // "Talade med" is relabelled, so its label is free, but its id stays taken.
    const drafts = [
      { ...existing()[0]!, label: 'Samtal genomfört' },
      ...existing().slice(1),
      added('Talade med'),
      added('Talade med!'),
      added('Möte bokat'),
    ];
    const result = validateCallOutcomes(drafts, DEFAULT_CALL_OUTCOMES);
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.slice(-3).map((option) => option.id)).toEqual([
      'talade_med_2',
      'talade_med_3',
      'mote_bokat',
    ]);
  });

  it.each([
    ['an empty label', [...existing(), added('  ')], { rows: { 5: 'labelRequired' } }],
    ['a label of 60 characters', [...existing(), added('x'.repeat(60))], null],
    [
      'a label of 61 characters',
      [...existing(), added('x'.repeat(61))],
      { rows: { 5: 'labelTooLong' } },
    ],
    [
      'a duplicate label (any case)',
      [...existing(), added('INGET SVAR')],
      { rows: { 5: 'labelDuplicate' } },
    ],
    ['an existing outcome left out', existing().slice(1), { rows: {}, list: 'outcomeMissing' }],
    [
      'no active outcome',
      existing().map((draft) => ({ ...draft, isActive: false })),
      { rows: {}, list: 'noActiveOutcome' },
    ],
    [
      'one active outcome',
      existing().map((draft, index) => ({ ...draft, isActive: index === 4 })),
      null,
    ],
    [
      'an unknown id',
      [...existing(), { id: 'hittepa', label: 'Hittepå', isActive: true }],
      { rows: { 5: 'invalid' } },
    ],
    [
      'a repeated id',
      [...existing(), { id: 'annat', label: 'Annat igen', isActive: true }],
      { rows: { 5: 'invalid' } },
    ],
  ])('%s', (_case, drafts, errors) => {
    const result = validateCallOutcomes(drafts, DEFAULT_CALL_OUTCOMES);
    expect(result.ok ? null : result.errors).toEqual(errors);
  });

  it('starts a list from nothing', () => {
    expect(validateCallOutcomes([added('Talade med')], [])).toEqual({
      ok: true,
      value: [{ id: 'talade_med', label: 'Talade med', isActive: true }],
    });
  });

  it('refuses input of the wrong shape', () => {
    expect(validateCallOutcomes([{ label: 'x' }], DEFAULT_CALL_OUTCOMES)).toEqual({
      ok: false,
      errors: { rows: {}, list: 'invalid' },
    });
  });
});
