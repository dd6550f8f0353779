import { generateDataset, SEED_TABLES } from '@renderer/domain/seed/generateDataset';
const TODAY = new Date('2025-03-14T10:30:00.000Z');
it('explore', () => {
  for (const seed of [42, 1, 2]) {
  const rows: Record<string, any[]> = {};
  for (const b of generateDataset({ size: 'exempel', seed, today: TODAY })) (rows[b.table] ??= []).push(...b.rows);
  const hist = (xs: string[]) => { const m: Record<string, number> = {}; for (const x of xs) m[x] = (m[x] ?? 0) + 1; return m; };
  console.log(seed, 'calls per year', hist(rows.calls.map((c) => c.occurredAt.slice(0, 4))));
  console.log('orgs per year', hist(rows.organisations.map((c) => c.createdAt.slice(0, 4))));
  if (seed !== 42) continue;
  console.log('stages', hist(rows.inquiries.map((c) => c.stage)), 'paths', hist(rows.inquiries.map((c) => c.handoffPath)));
  console.log('outcomes', hist(rows.inquiries.map((c) => c.outcome?.kind ?? '-')));
  console.log('legal', hist(rows.organisations.map((c) => c.legalForm)), hist(rows.organisations.map((c) => c.ideaRegistration)));
  console.log('call outcomes', hist(rows.calls.map((c) => c.outcome)), hist(rows.calls.map((c) => c.direction)));
  console.log('fu', hist(rows.followUps.map((c) => c.status + (c.dueDate < '2025-03-14' ? ' past' : ' future'))));
  console.log('values', rows.inquiries.map((c) => c.estimatedYearlyValue).sort((a,b)=>a-b).join(' '));
  console.log('calls/org', hist(rows.organisations.map(o => String(rows.calls.filter(c => c.organisationId === o.id).length))));
  console.log(JSON.stringify(rows.organisations.slice(0, 3), null, 1));
  console.log(JSON.stringify(rows.contactPersons.slice(0, 3), null, 1));
  console.log(JSON.stringify(rows.inquiries.filter(i => i.handoffPath === 'iop').slice(0, 1), null, 1));
  console.log(JSON.stringify(rows.inquiries.slice(0, 2), null, 1));
  console.log(JSON.stringify(rows.calls.slice(0, 3), null, 1));
  console.log(JSON.stringify(rows.followUps.slice(0, 3), null, 1));
  console.log(rows.organisations.map(o => o.name).join('\n'));
  console.log(rows.units, rows.navigators);
  }
});
