import { describe, expect, it } from 'vitest';
import {
  chosenColumns,
  mergeColumnChoice,
  moveColumn,
  toggleColumn,
} from '@renderer/features/exports/model/columnChoice';
import { exportFileName, fileSlug } from '@renderer/features/exports/model/exportFileName';
import {
  localDateOf,
  localDateTimeOf,
  wallClockDate,
} from '@renderer/features/exports/model/localTime';

describe('exportFileName', () => {
  it('says what, which view and when, in ASCII', () => {
    expect(exportFileName(['ärenden', 'Mina öppna'], '2026-11-22', 'xlsx')).toBe(
      'arenden-mina-oppna-2026-11-22.xlsx',
    );
    expect(exportFileName(['samtal', ''], '2026-11-22', 'csv')).toBe('samtal-2026-11-22.csv');
    expect(fileSlug('  IOP: Uppföljning (Café Él) ')).toBe('iop-uppfoljning-cafe-el');
  });
});

describe('column choice', () => {
  const all = ['a', 'b', 'c', 'd'];

  it('starts from the defaults, in their order, the rest unselected after them', () => {
    expect(mergeColumnChoice(all, ['c', 'a'], null)).toEqual([
      { id: 'c', isSelected: true },
      { id: 'a', isSelected: true },
      { id: 'b', isSelected: false },
      { id: 'd', isSelected: false },
    ]);
  });

  it('keeps a remembered order, drops columns that are gone and appends new ones', () => {
    const saved = [
      { id: 'd', isSelected: true },
      { id: 'gone', isSelected: true },
      { id: 'a', isSelected: false },
    ];
    expect(mergeColumnChoice(all, ['a'], saved).map((entry) => entry.id)).toEqual([
      'd',
      'a',
      'b',
      'c',
    ]);
  });

  it('moves a column one step, not past the ends, and toggles it', () => {
    const choice = mergeColumnChoice(all, all, null);
    expect(moveColumn(choice, 'c', -1).map((entry) => entry.id)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveColumn(choice, 'a', -1)).toBe(choice);
    expect(moveColumn(choice, 'd', 1)).toBe(choice);
    const toggled = toggleColumn(choice, 'b');
    expect(
      chosenColumns(
        all.map((id) => ({ id })),
        toggled,
      ).map((column) => column.id),
    ).toEqual(['a', 'c', 'd']);
  });
});

describe('local times for files', () => {
  it('writes the local day and time of a timestamp, and a date as it is', () => {
    const local = new Date(2026, 10, 22, 23, 30);
    expect(localDateOf(local.toISOString())).toBe('2026-11-22');
    expect(localDateTimeOf(local.toISOString())).toBe('2026-11-22 23:30');
    expect(localDateOf('2026-01-05')).toBe('2026-01-05');
    expect(localDateOf(null)).toBeNull();
    expect(localDateOf('inte ett datum')).toBeNull();
  });

  it('turns a wall-clock string into a Date whose UTC fields are those values', () => {
    expect(wallClockDate('2026-11-22 14:05')?.toISOString()).toBe('2026-11-22T14:05:00.000Z');
    expect(wallClockDate('2026-11-22')?.toISOString()).toBe('2026-11-22T00:00:00.000Z');
    expect(wallClockDate('22/11/2026')).toBeNull();
  });
});
