import { beforeEach, describe, expect, it } from 'vitest';
import { createContactPerson } from '@renderer/features/contacts/data/contactPersonRepository';
import { db } from '@renderer/db/db';
import {
  loadColumnChoice,
  saveColumnChoice,
  forgetColumnChoice,
} from '@renderer/features/exports/data/exportPreferences';
import {
  exportInquiryIds,
  readCallRows,
  readInChunks,
  readInquiryRows,
} from '@renderer/features/exports/data/exportQueries';
import {
  DEFAULT_INQUIRY_QUERY,
  queryInquiryIds,
} from '@renderer/features/inquiries/data/inquiryQueries';
import { createOrganisation } from '@renderer/features/organisations/data/organisationRepository';
import type { CallEntity, InquiryEntity } from '@renderer/domain/entities';
import { EMPTY_CONTACT_PERSON_INPUT } from '@renderer/features/contacts/model/contactPersonInput';
import { organisationInput } from '../../fixtures/builders';
import { addInquiry } from '../../fixtures/inquiryBuilder';
import { resetDatabase } from '../../fixtures/resetDatabase';

const TODAY = '2026-11-22';

beforeEach(resetDatabase);

describe('exportInquiryIds', () => {
  it('gives the list’s ids in its order; "only open" leaves out closed inquiries', async () => {
    const organisation = await createOrganisation(organisationInput({ name: 'Alfa' }), null);
    const stages = ['inkommet', 'avslutat', 'matchning', 'avslutat', 'uppfoljning'] as const;
    const added: InquiryEntity[] = [];
    for (const [index, stage] of stages.entries()) {
      added.push(
        await addInquiry(organisation.id, {
          stage,
          updatedAt: `2026-11-${String(10 + index)}T10:00:00.000Z`,
        }),
      );
    }
    const query = { ...DEFAULT_INQUIRY_QUERY };
    const all = await exportInquiryIds(query, TODAY, false);
    expect(all).toEqual(await queryInquiryIds(query, TODAY));
    expect(all[0]).toBe(added[4]?.id);
    const open = await exportInquiryIds(query, TODAY, true);
    expect(open).toEqual(
      all.filter((id) => added.find((inquiry) => inquiry.id === id)?.stage !== 'avslutat'),
    );
    expect(open).toHaveLength(3);

    const rows = await readInquiryRows(open, () => undefined);
    expect(rows.map((row) => row.id)).toEqual(open);
    expect(rows.every((row) => row.organisationName === 'Alfa')).toBe(true);
  });
});

describe('readInChunks', () => {
  it('reads in order, chunk by chunk, reporting progress after each', async () => {
    const progress: [number, number][] = [];
    const seen: number[][] = [];
    const rows = await readInChunks(
      [1, 2, 3, 4, 5],
      async (chunk) => {
        seen.push(chunk);
        return chunk.map((n) => n * 10);
      },
      (done, total) => progress.push([done, total]),
      2,
    );
    expect(rows).toEqual([10, 20, 30, 40, 50]);
    expect(seen).toEqual([[1, 2], [3, 4], [5]]);
    expect(progress).toEqual([
      [0, 5],
      [2, 5],
      [4, 5],
      [5, 5],
    ]);
  });
});

describe('readCallRows', () => {
  it('reads the calls by id with the organisation’s and contact person’s names, in order, skipping a call gone since', async () => {
    const organisation = await createOrganisation(
      organisationInput({ name: 'Bästa Föreningen' }),
      null,
    );
    const contact = await createContactPerson(
      organisation.id,
      { ...EMPTY_CONTACT_PERSON_INPUT, name: 'Åsa Öberg' },
      null,
    );
    const call = (id: string, contactPersonId: string | null): CallEntity => ({
      id,
      organisationId: organisation.id,
      contactPersonId,
      inquiryId: null,
      navigatorId: null,
      occurredAt: '2026-11-20T09:00:00.000Z',
      direction: 'inkommande',
      durationMinutes: 5,
      outcome: 'talade_med',
      summary: 'Hej',
      noteKind: 'tjansteanteckning',
      createdAt: '',
      updatedAt: '',
    });
    await db.calls.bulkAdd([call('c1', null), call('c2', contact.id)]);
    const rows = await readCallRows(['c2', 'gone', 'c1'], () => undefined);
    expect(rows.map((row) => [row.id, row.organisationName, row.contactName])).toEqual([
      ['c2', 'Bästa Föreningen', 'Åsa Öberg'],
      ['c1', 'Bästa Föreningen', ''],
    ]);
  });
});

describe('column choice preferences', () => {
  it('remembers the last choice per list and ignores a stored value of the wrong shape', async () => {
    expect(await loadColumnChoice('inquiries')).toBeNull();
    const choice = [
      { id: 'stage', isSelected: true },
      { id: 'title', isSelected: false },
    ];
    await saveColumnChoice('inquiries', choice);
    expect(await loadColumnChoice('inquiries')).toEqual(choice);
    expect(await loadColumnChoice('calls')).toBeNull();
    await db.drafts.put({ key: 'export-columns:calls', value: ['stage'], updatedAt: '' });
    expect(await loadColumnChoice('calls')).toBeNull();
    await forgetColumnChoice('inquiries');
    expect(await loadColumnChoice('inquiries')).toBeNull();
  });
});
