import { afterEach, describe, expect, it } from 'vitest';
import { countPhrase, formatCounts } from '@renderer/features/backup/formatCounts';
import { formatNumber, i18n, setLanguage } from '@renderer/i18n/i18n';
import { en } from '@renderer/i18n/en';

const t = i18n.t.bind(i18n);

afterEach(() => setLanguage('sv'));

describe('backup counts', () => {
  it('uses singular and plural Swedish words, never table names', () => {
    expect(
      formatCounts(
        { settings: 1, drafts: 1, importBatches: 1, importMappings: 2, events: 12, briefs: 0 },
        t,
      ),
    ).toBe('1 inställning, 1 utkast, 1 import, 2 sparade kopplingar, 12 händelser i loggen');
    expect(formatCounts({ organisations: 2, savedViews: 1, priorityAreas: 1 }, t)).toBe(
      '2 organisationer, 1 sparad vy, 1 prioriterat område',
    );
  });

  it('has a counted phrase in Swedish and English for every table with a name', () => {
    for (const language of ['sv', 'en'] as const) {
      setLanguage(language);
      for (const table of Object.keys(en.backup.tables)) {
        expect(countPhrase(table, 1, t)).not.toMatch(new RegExp(`${table}|tabell|table`));
        expect(countPhrase(table, 1, t)).toMatch(/^1 /);
        expect(countPhrase(table, 1234, t).startsWith(`${formatNumber(1234)} `)).toBe(true);
      }
    }
  });

  it('names a table this version does not know instead of guessing a word', () => {
    expect(countPhrase('widgets', 1, t)).toBe('1 post i tabellen ”widgets”');
    expect(countPhrase('widgets', 3, t)).toBe('3 poster i tabellen ”widgets”');
  });
});
