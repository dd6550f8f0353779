import { describe, expect, it } from 'vitest';
import {
  isBackupReminderDue,
  isDailyBackupDue,
} from '@renderer/features/backup/model/backupSchedule';

const now = new Date('2026-11-22T12:00:00.000Z');

describe('isDailyBackupDue', () => {
  it.each([
    [null, true],
    ['2026-11-22T06:00:00.000Z', false],
    ['2026-11-21T12:00:00.001Z', false],
    ['2026-11-21T12:00:00.000Z', true],
    ['2026-11-01T12:00:00.000Z', true],
    ['inte ett datum', true],
  ])('newest backup %s → due %s', (newest, isDue) => {
    expect(isDailyBackupDue(newest, now)).toBe(isDue);
  });
});

describe('isBackupReminderDue', () => {
  it('reminds about a first backup only when there is data', () => {
    expect(isBackupReminderDue(null, true, now)).toBe(true);
    expect(isBackupReminderDue(null, false, now)).toBe(false);
  });

  it('reminds once the last backup is a week old', () => {
    expect(isBackupReminderDue('2026-11-16T12:00:00.000Z', true, now)).toBe(false);
    expect(isBackupReminderDue('2026-11-15T12:00:00.000Z', true, now)).toBe(true);
    expect(isBackupReminderDue('2026-11-15T12:00:00.000Z', false, now)).toBe(true);
  });
});
