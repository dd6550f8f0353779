import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteCall, logCall, updateCall } from '@renderer/features/calls/data/callRepository';
import { createContactPerson } from '@renderer/features/contacts/data/contactPersonRepository';
import { db } from '@renderer/db/db';
import { createOrganisation } from '@renderer/features/organisations/data/organisationRepository';
import type { CallInput } from '@renderer/features/calls/model/callInput';
import { EMPTY_CONTACT_PERSON_INPUT } from '@renderer/features/contacts/model/contactPersonInput';
import { resetClock, setClock } from '@renderer/lib/dates';
import { organisationInput } from '../../fixtures/builders';
import { resetDatabase } from '../../fixtures/resetDatabase';

beforeEach(async () => {
  setClock(() => new Date('2026-11-22T13:00:00.000Z'));
  await resetDatabase();
});
afterEach(resetClock);

const call = (patch: Partial<CallInput>): CallInput => ({
  organisation: null,
  contact: { kind: 'none' },
  direction: 'inkommande',
  occurredAt: '2026-11-22T12:50:00.000Z',
  durationMinutes: '5',
  outcome: 'talade_med',
  summary: 'Vill starta läxhjälp.',
  noteKind: 'tjansteanteckning',
  inquiry: { kind: 'none' },
  nextStep: '',
  dueDate: '',
  completesFollowUpId: null,
  ...patch,
});

const countAll = async () => ({
  organisations: await db.organisations.count(),
  contactPersons: await db.contactPersons.count(),
  inquiries: await db.inquiries.count(),
  calls: await db.calls.count(),
  followUps: await db.followUps.count(),
  events: await db.events.count(),
});

describe('logCall', () => {
  it('saves a call with a new organisation, contact, inquiry and follow-up, with their events', async () => {
    const result = await logCall(
      call({
        organisation: { kind: 'new', name: 'Cykelkooperativet Hisingen' },
        contact: { kind: 'new', name: 'Åsa Lind', phone: '070-123 45 67' },
        inquiry: { kind: 'new', title: 'Cykelbud för äldre', offer: 'Leverans av matkassar' },
        nextStep: 'Skicka information om IOP',
        dueDate: '2026-11-29',
      }),
      'nav-1',
    );
    expect(await countAll()).toEqual({
      organisations: 1,
      contactPersons: 1,
      inquiries: 1,
      calls: 1,
      followUps: 1,
      events: 5,
    });
    const inquiry = await db.inquiries.get(result.call.inquiryId ?? '');
    expect(inquiry).toMatchObject({
      stage: 'inkommet',
      title: 'Cykelbud för äldre',
      responsibleNavigatorId: 'nav-1',
    });
    expect(result.followUp).toMatchObject({
      dueDate: '2026-11-29',
      status: 'open',
      callId: result.call.id,
    });
    const organisation = await db.organisations.get(result.organisationId);
    expect(organisation?.lastContactedAt).toBe('2026-11-22T12:50:00.000Z');
    expect((await db.contactPersons.toArray())[0]).toMatchObject({
      isPrimary: true,
      phoneDigits: '0701234567',
    });
  });

  it('is all or nothing: a contact from another organisation aborts everything', async () => {
    const other = await createOrganisation(organisationInput(), null);
    const stranger = await createContactPerson(
      other.id,
      { ...EMPTY_CONTACT_PERSON_INPUT, name: 'Fel Person' },
      null,
    );
    const before = await countAll();
    await expect(
      logCall(
        call({
          organisation: { kind: 'new', name: 'Ny förening' },
          contact: { kind: 'existing', id: stranger.id },
          nextStep: 'Ring tillbaka',
          dueDate: '2026-11-23',
        }),
        null,
      ),
    ).rejects.toMatchObject({ code: 'call.contactNotInOrganisation' });
    expect(await countAll()).toEqual(before);
  });

  it('refuses invalid input before touching the database', async () => {
    await expect(
      logCall(call({ organisation: { kind: 'existing', id: 'x' }, summary: '' }), null),
    ).rejects.toMatchObject({
      code: 'call.invalidField',
      params: { field: 'summary' },
    });
    expect(await db.calls.count()).toBe(0);
  });

  it('moves "senast kontaktad" forward only; a back-dated call leaves it', async () => {
    const org = await createOrganisation(organisationInput(), null);
    await logCall(call({ organisation: { kind: 'existing', id: org.id } }), null);
    await logCall(
      call({
        organisation: { kind: 'existing', id: org.id },
        occurredAt: '2025-01-10T09:00:00.000Z',
      }),
      null,
    );
    expect((await db.organisations.get(org.id))?.lastContactedAt).toBe('2026-11-22T12:50:00.000Z');
  });

  it('completes the follow-up it carries out, in the same save', async () => {
    const org = await createOrganisation(organisationInput(), null);
    const first = await logCall(
      call({
        organisation: { kind: 'existing', id: org.id },
        nextStep: 'Ring tillbaka',
        dueDate: '2026-11-23',
      }),
      null,
    );
    await logCall(
      call({
        organisation: { kind: 'existing', id: org.id },
        completesFollowUpId: first.followUp?.id ?? null,
      }),
      null,
    );
    expect(await db.followUps.get(first.followUp?.id ?? '')).toMatchObject({ status: 'done' });
  });
});

describe('updateCall and deleteCall', () => {
  it('keeps the original text in the edit event and recomputes "senast kontaktad"', async () => {
    const org = await createOrganisation(organisationInput(), null);
    const { call: saved } = await logCall(
      call({ organisation: { kind: 'existing', id: org.id } }),
      'nav-1',
    );
    await updateCall(
      saved.id,
      {
        ...saved,
        summary: 'Vill starta läxhjälp på söndagar.',
        occurredAt: '2026-11-20T10:00:00.000Z',
      },
      'nav-2',
    );
    const edit = (await db.events.toArray()).find(
      (event) => event.entityType === 'call' && event.kind === 'updated',
    );
    expect(edit?.changes).toEqual(
      expect.arrayContaining([
        {
          field: 'summary',
          from: 'Vill starta läxhjälp.',
          to: 'Vill starta läxhjälp på söndagar.',
        },
      ]),
    );
    expect((await db.organisations.get(org.id))?.lastContactedAt).toBe('2026-11-20T10:00:00.000Z');
  });

  it('deletes a private memo (without keeping its text) but never an official note', async () => {
    const org = await createOrganisation(organisationInput(), null);
    const official = await logCall(call({ organisation: { kind: 'existing', id: org.id } }), null);
    const memo = await logCall(
      call({
        organisation: { kind: 'existing', id: org.id },
        noteKind: 'minnesanteckning',
        summary: 'Privat: ring före lunch',
        occurredAt: '2026-11-22T12:58:00.000Z',
      }),
      null,
    );
    await expect(deleteCall(official.call.id, null)).rejects.toMatchObject({
      code: 'call.officialNoteCannotBeDeleted',
    });
    await deleteCall(memo.call.id, null);
    expect(await db.calls.get(memo.call.id)).toBeUndefined();
    const texts = JSON.stringify(await db.events.toArray());
    expect(texts).not.toContain('Privat: ring före lunch');
    expect((await db.organisations.get(org.id))?.lastContactedAt).toBe('2026-11-22T12:50:00.000Z');
  });
});
