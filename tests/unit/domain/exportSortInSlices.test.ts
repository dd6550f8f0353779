import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortInSlices } from '@renderer/features/exports/model/sortInSlices';

type Item = { key: string; at: number };
const byKey = (a: Item, b: Item) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

describe('sortInSlices', () => {
  it('sorts as Array.prototype.sort does, equal keys in their original order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('a', 'b', 'c', 'z', 'å', 'ä', 'ö'), { maxLength: 60 }),
        fc.integer({ min: 1, max: 7 }),
        async (keys, sliceSize) => {
          const items = keys.map((key, at) => ({ key, at }));
          const sorted = await sortInSlices(items, byKey, async () => undefined, sliceSize);
          expect(sorted).toEqual([...items].sort(byKey));
        },
      ),
    );
  });

  it('pauses between slices and merges, so a large sort never holds the page', async () => {
    let pauses = 0;
    const items = Array.from({ length: 20 }, (_, at) => ({ key: String(20 - at), at }));
    await sortInSlices(items, byKey, async () => void (pauses += 1), 5);
    // 4 slices sorted, then 2 + 1 merges.
    expect(pauses).toBe(7);
  });
});
