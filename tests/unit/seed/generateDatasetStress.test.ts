import {
  SEED_BATCH_SIZE,
  datasetTotals,
  generateDataset,
} from '@renderer/exampleData/generator/generateDataset';

const TODAY = new Date('2025-03-14T10:30:00.000Z');

describe('generateDataset (stress)', () => {
  it('has the stress totals', () => {
    expect(datasetTotals('stress')).toEqual({
      navigators: 6,
      units: 12,
      organisations: 10_000,
      contactPersons: 20_000,
      inquiries: 50_000,
      calls: 200_000,
      followUps: 20_000,
    });
  });

  it('yields batches lazily: the first batches without the rest', () => {
    const iterator = generateDataset({ size: 'stress', seed: 1, today: TODAY });
    const first = [iterator.next(), iterator.next(), iterator.next()];
    expect(first.map((result) => (result.done ? null : result.value.table))).toEqual([
      'navigators',
      'units',
      'organisations',
    ]);
    const orgBatch = first[2]?.done ? null : first[2]?.value;
    expect(orgBatch?.rows).toHaveLength(SEED_BATCH_SIZE);
    iterator.return(undefined);
    expect(iterator.next().done).toBe(true);
  }, 30_000);

  it('produces the first 20 000 calls without generating the whole data set', () => {
    let calls = 0;
    let followUps = 0;
    const orgNumbers = new Set<string>();
    for (const batch of generateDataset({ size: 'stress', seed: 2, today: TODAY })) {
      if (batch.table === 'organisations')
        for (const org of batch.rows) if (org.orgNumber) orgNumbers.add(org.orgNumber);
      if (batch.table === 'followUps') followUps += batch.rows.length;
      if (batch.table === 'calls') {
        calls += batch.rows.length;
        if (calls >= 20_000) break;
      }
    }
    expect(calls).toBe(20_000);
    expect(followUps).toBe(0);
    expect(orgNumbers.size).toBeGreaterThan(8_500);
  }, 30_000);
});
