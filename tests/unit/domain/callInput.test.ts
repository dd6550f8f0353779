import { describe, expect, it } from 'vitest';
import { validateCallInput, type CallInput } from '@renderer/features/calls/model/callInput';

const NOW = new Date('2026-11-22T13:00:00.000Z');

const base: CallInput = {
  organisation: { kind: 'existing', id: 'org-1' },
  contact: { kind: 'none' },
  direction: 'inkommande',
  occurredAt: '2026-11-22T12:55:00.000Z',
  durationMinutes: '',
  outcome: 'talade_med',
  summary: 'Vill starta läxhjälp.',
  noteKind: 'tjansteanteckning',
  inquiry: { kind: 'none' },
  nextStep: '',
  dueDate: '',
  completesFollowUpId: null,
};

describe('validateCallInput', () => {
  it('accepts a minimal call: an organisation and a one-line summary', () => {
    expect(validateCallInput(base, NOW)).toMatchObject({ ok: true, value: { durationMinutes: 0 } });
  });

  it.each([
    [{ organisation: null }, 'organisation', 'organisationRequired'],
    [{ organisation: { kind: 'new', name: '  ' } }, 'organisation', 'organisationRequired'],
    [{ summary: '   ' }, 'summary', 'summaryRequired'],
    [{ summary: 'Ordförande 811218-9876 ringde' }, 'summary', 'personnummerInText'],
    [{ durationMinutes: '2.5' }, 'durationMinutes', 'durationInvalid'],
    [{ durationMinutes: '601' }, 'durationMinutes', 'durationInvalid'],
    [{ occurredAt: null }, 'occurredAt', 'timeInvalid'],
    [{ occurredAt: '2026-11-22T13:30:00.000Z' }, 'occurredAt', 'timeInFuture'],
    [{ nextStep: 'Ring tillbaka' }, 'dueDate', 'dueDateRequired'],
    [{ dueDate: '2026-11-23' }, 'nextStep', 'nextStepRequired'],
    [{ nextStep: 'x', dueDate: '2026-13-40' }, 'dueDate', 'dateInvalid'],
    [{ inquiry: { kind: 'new', title: '', offer: 'Cykelbud' } }, 'inquiry', 'inquiryTitleRequired'],
    [{ contact: { kind: 'new', name: '', phone: '' } }, 'contact', 'nameRequired'],
  ] as const)('%j → %s: %s', (patch, field, code) => {
    const result = validateCallInput({ ...base, ...patch } as CallInput, NOW);
    expect(result).toMatchObject({ ok: false, errors: { [field]: code } });
  });

  it('allows back-dating and a time a few minutes ahead (clock drift)', () => {
    expect(validateCallInput({ ...base, occurredAt: '2020-01-01T08:00:00.000Z' }, NOW).ok).toBe(
      true,
    );
    expect(validateCallInput({ ...base, occurredAt: '2026-11-22T13:05:00.000Z' }, NOW).ok).toBe(
      true,
    );
  });

  it('refuses input of the wrong shape', () => {
    expect(validateCallInput({ ...base, direction: 'inåt' }, NOW).ok).toBe(false);
    expect(validateCallInput('nej', NOW).ok).toBe(false);
  });
});
