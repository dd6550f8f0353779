import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '@renderer/app/store';
import { db } from '@renderer/db/db';
import { createContactPerson } from '@renderer/features/contacts/data/contactPersonRepository';
import { createOrganisation } from '@renderer/features/organisations/data/organisationRepository';
import { EMPTY_CONTACT_PERSON_INPUT } from '@renderer/features/contacts/model/contactPersonInput';
import { CallDialogHost } from '@renderer/features/calls/log/CallDialogHost';
import { resetClock, setClock } from '@renderer/lib/dates';
import { organisationInput } from '../fixtures/builders';
import { renderWithSession } from '../fixtures/renderWithSession';
import { resetDatabase } from '../fixtures/resetDatabase';

beforeEach(async () => {
  setClock(() => new Date('2026-11-22T13:00:00.000Z'));
  await resetDatabase();
  useAppStore.getState().closeCallDialog();
});
afterEach(resetClock);

async function openDialog() {
  await renderWithSession(<CallDialogHost />);
  act(() => useAppStore.getState().openCallDialog());
  return screen.findByRole('combobox', { name: 'Organisation' });
}

describe('CallDialog', () => {
  it('logs a minimal call: search, arrow and Enter to pick, summary, Ctrl+Enter', async () => {
    const user = userEvent.setup();
    const laxhjalpen = await createOrganisation(
      organisationInput({ name: 'Läxhjälpen Angered' }),
      null,
    );
    // The first person added becomes the main contact, and the dialog preselects her.
    const anna = await createContactPerson(
      laxhjalpen.id,
      { ...EMPTY_CONTACT_PERSON_INPUT, name: 'Anna Ek' },
      null,
    );
    await createOrganisation(organisationInput({ name: 'Laxfiskarna' }), null);
    const combobox = await openDialog();
    expect(combobox).toHaveFocus();
    // "lax" also finds "läx" (the å/ä/ö fallback), exact letters first.
    await user.type(combobox, 'lax');
    const listbox = await screen.findByRole('listbox', { name: 'Träffar' });
    await waitFor(() => expect(within(listbox).getAllByRole('option')).toHaveLength(3));
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Laxfiskarna', 'Läxhjälpen Angered', 'Skapa ny organisation ”lax”']);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(await screen.findByText('Läxhjälpen Angered')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Sammanfattning')).toHaveFocus());
    await waitFor(() => expect(screen.getByLabelText('Kontaktperson')).toHaveValue(anna.id));
    await user.keyboard('Vill ha lokal på lördagar.');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(async () => expect(await db.calls.count()).toBe(1));
    expect((await db.calls.toArray())[0]).toMatchObject({
      summary: 'Vill ha lokal på lördagar.',
      direction: 'inkommande',
      contactPersonId: anna.id,
    });
    expect(useAppStore.getState().callDialog.isOpen).toBe(false);
    expect(await db.drafts.count()).toBe(0);
  });

  it('reopens a saved draft with focus where the user goes on, never on "Börja om"', async () => {
    const user = userEvent.setup();
    await createOrganisation(organisationInput({ name: 'Grannsamverkan Tynnered' }), null);
    const combobox = await openDialog();
    await user.type(combobox, 'grann');
    await screen.findByRole('option', { name: 'Grannsamverkan Tynnered' });
    await user.keyboard('{Enter}');
    const summary = await screen.findByLabelText('Sammanfattning');
    await user.type(summary, 'Vill ha');
    await waitFor(async () =>
      expect((await db.drafts.toArray())[0]?.value).toMatchObject({ summary: 'Vill ha' }),
    );
    // Closing keeps the draft (Escape does the same in a browser; jsdom's <dialog> has no cancel).
    act(() => useAppStore.getState().closeCallDialog());

    act(() => useAppStore.getState().openCallDialog());
    expect(await screen.findByRole('button', { name: 'Börja om' })).not.toHaveFocus();
    const restored = screen.getByLabelText('Sammanfattning');
    await waitFor(() => expect(restored).toHaveFocus());
    // Typing goes on where the user left off; nothing was thrown away.
    await user.keyboard(' lokal.');
    expect(restored).toHaveValue('Vill ha lokal.');
    expect(screen.getByText('Grannsamverkan Tynnered')).toBeInTheDocument();
  });

  it('reopens a draft without an organisation on the organisation search', async () => {
    const user = userEvent.setup();
    const combobox = await openDialog();
    await user.type(combobox, 'Ny förening');
    await waitFor(async () =>
      expect((await db.drafts.toArray())[0]?.value).toMatchObject({
        organisationQuery: 'Ny förening',
      }),
    );
    // Closing keeps the draft (Escape does the same in a browser; jsdom's <dialog> has no cancel).
    act(() => useAppStore.getState().closeCallDialog());

    act(() => useAppStore.getState().openCallDialog());
    expect(await screen.findByRole('button', { name: 'Börja om' })).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Organisation' })).toHaveFocus(),
    );
  });

  it('explains what is missing instead of saving', async () => {
    const user = userEvent.setup();
    const combobox = await openDialog();
    await user.click(screen.getByRole('button', { name: 'Spara samtal' }));
    expect(await screen.findByText('Välj en organisation eller skapa en ny.')).toBeInTheDocument();
    expect(screen.getByText('Skriv en kort sammanfattning av samtalet.')).toBeInTheDocument();
    expect(combobox).toHaveAttribute('aria-invalid', 'true');
    expect(await db.calls.count()).toBe(0);
  });

  it('creates a follow-up from a quick date pick', async () => {
    const user = userEvent.setup();
    await createOrganisation(organisationInput({ name: 'Grannsamverkan Tynnered' }), null);
    const combobox = await openDialog();
    await user.type(combobox, 'grann{Enter}');
    await user.type(
      await screen.findByLabelText('Sammanfattning'),
      'Trygghetsvandring i december.',
    );
    await user.click(screen.getByRole('button', { name: 'Om en vecka' }));
    expect(screen.getByLabelText('Vad ska göras?')).toHaveValue('Ring tillbaka');
    await user.click(screen.getByRole('button', { name: 'Spara samtal' }));
    await waitFor(async () => expect(await db.followUps.count()).toBe(1));
    expect((await db.followUps.toArray())[0]).toMatchObject({
      dueDate: '2026-11-29',
      nextStep: 'Ring tillbaka',
      status: 'open',
    });
  });
});
