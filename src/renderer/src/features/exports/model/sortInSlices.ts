/**
 * Sorts a large array without holding the page for a second: slices are sorted, then merged
 * pairwise, with a pause between steps. Stable, like Array.prototype.sort.
 */
export async function sortInSlices<Item extends object>(
  items: readonly Item[],
  compare: (a: Item, b: Item) => number,
  pause: () => Promise<void>,
  sliceSize = 5000,
): Promise<Item[]> {
  let runs: Item[][] = [];
  for (let start = 0; start < items.length; start += sliceSize) {
    runs.push(items.slice(start, start + sliceSize).sort(compare));
    await pause();
  }
  while (runs.length > 1) {
    const merged: Item[][] = [];
    for (let index = 0; index < runs.length; index += 2) {
      const left = runs[index] ?? [];
      const right = runs[index + 1];
      merged.push(right ? merge(left, right, compare) : left);
      await pause();
    }
    runs = merged;
  }
  return runs[0] ?? [];
}

function merge<Item extends object>(
  left: readonly Item[],
  right: readonly Item[],
  compare: (a: Item, b: Item) => number,
): Item[] {
  const out: Item[] = [];
  let l = 0;
  let r = 0;
  for (;;) {
    const a = left[l];
    const b = right[r];
    if (a === undefined) return out.concat(right.slice(r));
    if (b === undefined) return out.concat(left.slice(l));
    // Equal items keep the left one first: stable.
    if (compare(b, a) < 0) {
      out.push(b);
      r += 1;
    } else {
      out.push(a);
      l += 1;
    }
  }
}
