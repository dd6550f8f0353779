import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { logCall } from '@renderer/features/calls/data/callRepository';
import { createContactPerson } from '@renderer/features/contacts/data/contactPersonRepository';
import { db } from '@renderer/db/db';
import { createOrganisation } from '@renderer/features/organisations/data/organisationRepository';
import { EMPTY_CONTACT_PERSON_INPUT } from '@renderer/features/contacts/model/contactPersonInput';
import { OrganisationDetailPage } from '@renderer/features/organisations/OrganisationDetailPage';
import { resetClock, setClock } from '@renderer/lib/dates';
import { organisationInput } from '../fixtures/builders';
import { renderWithSession } from '../fixtures/renderWithSession';
import { resetDatabase } from '../fixtures/resetDatabase';

// The organisation page holds three of the questions: archive the organisation, archive a
// contact person, delete a private call note; and the contact dialog's "leave without saving".
const SLOW = { timeout: 15_000 };

beforeEach(async () => {
  setClock(() => new Date('2026-11-22T13:00:00.000Z'));
  await resetDatabase();
});
afterEach(resetClock);

async function renderOrganisation(name = 'Läxhjälpen Angered') {
  const organisation = await createOrganisation(organisationInput({ name }), null);
  const user = userEvent.setup();
  await renderWithSession(<OrganisationDetailPage />, {
    path: '/org/:organisationId',
    route: `/org/${organisation.id}`,
  });
  await screen.findByRole('heading', { name, level: 1 });
  return { user, organisation };
}

describe('questions on the organisation page', SLOW, () => {
  it('archives the organisation only after a yes; Escape keeps it and focus returns', async () => {
    const { user, organisation } = await renderOrganisation();
    const archive = screen.getByRole('button', { name: 'Arkivera' });
    archive.focus();
    await user.keyboard('{Enter}');
    const question = await screen.findByRole('dialog', { name: 'Arkivera Läxhjälpen Angered?' });
    expect(question).toHaveTextContent('kan återställas');
    expect(within(question).getByRole('button', { name: 'Avbryt' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(archive).toHaveFocus());
    expect((await db.organisations.get(organisation.id))?.status).toBe('active');

    await user.keyboard('{Enter}');
    await screen.findByRole('dialog', { name: 'Arkivera Läxhjälpen Angered?' });
    await user.keyboard('{Shift>}{Tab}{/Shift}');
    expect(screen.getByRole('button', { name: 'Arkivera organisationen' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(async () =>
      expect((await db.organisations.get(organisation.id))?.status).toBe('archived'),
    );
    expect(await screen.findByText('Organisationen är arkiverad.')).toBeInTheDocument();
  });

  it('deletes a private call note only after "Ta bort samtalet"', async () => {
    const { user, organisation } = await renderOrganisation();
    await logCall(
      {
        organisation: { kind: 'existing', id: organisation.id },
        contact: { kind: 'none' },
        direction: 'inkommande',
        occurredAt: '2026-11-22T12:50:00.000Z',
        durationMinutes: '5',
        outcome: 'talade_med',
        summary: 'Privat: ring inte före nio.',
        noteKind: 'minnesanteckning',
        inquiry: { kind: 'none' },
        nextStep: '',
        dueDate: '',
        completesFollowUpId: null,
      },
      null,
    );
    const remove = await screen.findByRole('button', { name: 'Ta bort minnesanteckning' });
    await user.click(remove);
    const question = await screen.findByRole('dialog', { name: 'Ta bort samtalet?' });
    expect(question).toHaveTextContent('Det går inte att ångra.');
    // Enter on the focused safe choice keeps the note.
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await db.calls.count()).toBe(1);

    await user.click(remove);
    await screen.findByRole('dialog', { name: 'Ta bort samtalet?' });
    await user.click(screen.getByRole('button', { name: 'Ta bort samtalet' }));
    await waitFor(async () => expect(await db.calls.count()).toBe(0));
  });

  it('asks before an unsaved contact person is thrown away, and keeps the typing on no', async () => {
    const { user } = await renderOrganisation();
    await user.click(screen.getByRole('button', { name: 'Lägg till kontaktperson' }));
    const dialog = await screen.findByRole('dialog', { name: 'Lägg till kontaktperson' });
    await user.type(within(dialog).getByLabelText(/^Namn/), 'Anna Ek');
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    const question = await screen.findByRole('dialog', { name: 'Lämna utan att spara?' });
    expect(within(question).getByRole('button', { name: 'Fortsätt redigera' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Lämna utan att spara?' })).not.toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Namn/)).toHaveValue('Anna Ek');

    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    await screen.findByRole('dialog', { name: 'Lämna utan att spara?' });
    await user.keyboard('{Shift>}{Tab}{/Shift}{Enter}');
    await waitFor(() =>
      expect(
        screen.queryByRole('dialog', { name: 'Lägg till kontaktperson' }),
      ).not.toBeInTheDocument(),
    );
    expect(await db.contactPersons.count()).toBe(0);
  });

  it('archives a contact person after a yes', async () => {
    const { user, organisation } = await renderOrganisation();
    const bo = await createContactPerson(
      organisation.id,
      { ...EMPTY_CONTACT_PERSON_INPUT, name: 'Bo Ek' },
      null,
    );
    await user.click(await screen.findByRole('button', { name: 'Arkivera Bo Ek' }));
    const question = await screen.findByRole('dialog', { name: 'Arkivera Bo Ek?' });
    await user.click(within(question).getByRole('button', { name: 'Arkivera kontaktpersonen' }));
    await waitFor(async () =>
      expect((await db.contactPersons.get(bo.id))?.status).toBe('archived'),
    );
  });
});
