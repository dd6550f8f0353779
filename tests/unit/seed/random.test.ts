import { format } from 'date-fns';
import { asciiSlug, isoDate, isoTimestamp } from '@renderer/exampleData/generator/format';
import { createIdSource, createRandom } from '@renderer/exampleData/generator/random';

describe('random', () => {
  it('is reproducible and gives unique UUID-v4-shaped ids', () => {
    const a = createRandom(7);
    const b = createRandom(7);
    expect(Array.from({ length: 5 }, () => a.uint32())).toEqual(
      Array.from({ length: 5 }, () => b.uint32()),
    );
    const ids = createIdSource(7, 3);
    const many = Array.from({ length: 20_000 }, () => ids.next());
    expect(new Set(many).size).toBe(many.length);
    for (const id of many.slice(0, 100))
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const random = createRandom(1);
    for (let i = 0; i < 1000; i++) {
      const n = random.int(3, 5);
      expect(n >= 3 && n <= 5).toBe(true);
    }
  });
});

describe('format', () => {
  it('formats timestamps like toISOString and dates like date-fns, fast', () => {
    const random = createRandom(5);
    for (let i = 0; i < 5000; i++) {
      const ms = random.float(Date.UTC(1990, 0, 1), Date.UTC(2040, 0, 1));
      expect(isoTimestamp(ms)).toBe(new Date(ms).toISOString());
      expect(isoDate(ms)).toBe(format(new Date(ms), 'yyyy-MM-dd'));
    }
    expect(isoTimestamp(Date.UTC(2024, 1, 29, 23, 59, 59, 999))).toBe('2024-02-29T23:59:59.999Z');
  });

  it('folds names to lowercase ASCII', () => {
    expect(asciiSlug('Åsa Öberg-Hadžić', '.')).toBe('asa.oberg.hadzic');
  });
});
