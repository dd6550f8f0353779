import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '@renderer/app/store';
import { db } from '@renderer/db/db';
import { createOrganisation } from '@renderer/features/organisations/data/organisationRepository';
import { CallDialogHost } from '@renderer/features/calls/log/CallDialogHost';
import { resetClock, setClock } from '@renderer/lib/dates';
import { organisationInput } from '../fixtures/builders';
import { renderWithSession } from '../fixtures/renderWithSession';
import { resetDatabase } from '../fixtures/resetDatabase';

/** The header's button and the call dialog, as the app shell mounts them (StrictMode as in dev). */
function Shell() {
  const openCallDialog = useAppStore((state) => state.openCallDialog);
  return (
    <StrictMode>
      <button type="button" onClick={() => openCallDialog()}>
        Logga samtal
      </button>
      <CallDialogHost />
    </StrictMode>
  );
}

// Typing through the whole dialog takes a few seconds on a busy 2-core machine.
const SLOW = { timeout: 15_000 };

beforeEach(async () => {
  // Thursday 26 November 2026: "I morgon" is a Friday, "Om två dagar" a Saturday.
  setClock(() => new Date('2026-11-26T13:00:00.000Z'));
  await resetDatabase();
  useAppStore.getState().closeCallDialog();
});
afterEach(resetClock);

async function openFromButton() {
  const user = userEvent.setup();
  await renderWithSession(<Shell />);
  const opener = screen.getByRole('button', { name: 'Logga samtal' });
  await user.click(opener);
  const dialog = await screen.findByRole('dialog', { name: 'Logga samtal' });
  await waitFor(() =>
    expect(within(dialog).getByRole('combobox', { name: 'Organisation' })).toHaveFocus(),
  );
  return { user, opener, dialog };
}

describe('Logga samtal: closing and confirming', SLOW, () => {
  it('gives focus back to the button that opened it when closed', async () => {
    const { user, opener } = await openFromButton();
    await user.click(screen.getByRole('button', { name: 'Stäng (spara utkast)' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(opener).toHaveFocus());
  });

  it('asks in the app before throwing a call away; Enter on the safe choice keeps it', async () => {
    const { user, opener, dialog } = await openFromButton();
    await user.keyboard('Ny förening');
    await user.click(await within(dialog).findByRole('button', { name: 'Kasta utkastet' }));
    const question = await screen.findByRole('dialog', { name: 'Kasta samtalet?' });
    expect(within(question).getByRole('button', { name: 'Fortsätt skriva' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog', { name: 'Kasta samtalet?' })).not.toBeInTheDocument();
    expect(within(dialog).getByRole('combobox', { name: 'Organisation' })).toHaveValue(
      'Ny förening',
    );

    await user.click(within(dialog).getByRole('button', { name: 'Kasta utkastet' }));
    await screen.findByRole('dialog', { name: 'Kasta samtalet?' });
    await user.keyboard('{Shift>}{Tab}{/Shift}{Enter}');
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Logga samtal' })).not.toBeInTheDocument(),
    );
    expect(await db.drafts.count()).toBe(0);
    await waitFor(() => expect(opener).toHaveFocus());
  });
});

describe('Logga samtal: the follow-up date', SLOW, () => {
  it('spells out the weekday and offers Monday for a Saturday, without changing the pick', async () => {
    const { user, dialog } = await openFromButton();
    await user.click(within(dialog).getByRole('button', { name: 'I morgon' }));
    const date = within(dialog).getByLabelText('Senast');
    expect(date).toHaveValue('2026-11-27');
    expect(date).toHaveAccessibleDescription('fredag 27 november');

    await user.click(within(dialog).getByRole('button', { name: 'Om två dagar' }));
    expect(date).toHaveValue('2026-11-28');
    expect(within(dialog).getByText('Datumet är en lördag.')).toBeInTheDocument();
    await user.click(
      within(dialog).getByRole('button', { name: 'Flytta till måndag 30 november' }),
    );
    expect(date).toHaveValue('2026-11-30');
    expect(date).toHaveFocus();
    expect(within(dialog).queryByText(/Datumet är/)).not.toBeInTheDocument();
  });

  it('names a holiday and moves past it to the next working day', async () => {
    const { user, dialog } = await openFromButton();
    const date = within(dialog).getByLabelText('Senast');
    await user.clear(date);
    await user.type(date, '2026-12-24');
    expect(within(dialog).getByText('Datumet är julafton.')).toBeInTheDocument();
    await user.click(
      within(dialog).getByRole('button', { name: 'Flytta till måndag 28 december' }),
    );
    expect(date).toHaveValue('2026-12-28');
  });
});

describe('Logga samtal: after saving', SLOW, () => {
  it('leads on to the organisation and the new inquiry and names the follow-up day', async () => {
    await createOrganisation(organisationInput({ name: 'Läxhjälpen Angered' }), null);
    const { user, dialog } = await openFromButton();
    await user.keyboard('läx');
    await within(dialog).findByRole('option', { name: 'Läxhjälpen Angered' });
    await user.keyboard('{Enter}');
    await waitFor(() => expect(within(dialog).getByLabelText('Sammanfattning')).toHaveFocus());
    await user.keyboard('Vill starta läxhjälp.');
    await user.selectOptions(within(dialog).getByLabelText('Ärende'), 'Starta nytt ärende…');
    await user.type(within(dialog).getByLabelText('Ärendets rubrik'), 'Läxhjälp på lördagar');
    await user.click(within(dialog).getByRole('button', { name: 'I morgon' }));
    await user.keyboard('{Control>}{Enter}{/Control}');

    const notice = await screen.findByRole('status');
    expect(notice).toHaveTextContent('Samtalet med Läxhjälpen Angered är sparat.');
    expect(notice).toHaveTextContent('Uppföljning fredag 27 november: Ring tillbaka.');
    const inquiry = (await db.inquiries.toArray())[0];
    expect(within(notice).getByRole('link', { name: 'Öppna det nya ärendet' })).toHaveAttribute(
      'href',
      `/arenden/${inquiry?.id}`,
    );
    await user.click(within(notice).getByRole('link', { name: 'Öppna organisationen' }));
    expect(await screen.findByText('Detaljsida')).toBeInTheDocument();
  });

  it('has no inquiry link or follow-up line when the call made neither', async () => {
    await createOrganisation(organisationInput({ name: 'Grannsamverkan Tynnered' }), null);
    const { user, dialog } = await openFromButton();
    await user.keyboard('grann');
    await within(dialog).findByRole('option', { name: 'Grannsamverkan Tynnered' });
    await user.keyboard('{Enter}');
    await waitFor(() => expect(within(dialog).getByLabelText('Sammanfattning')).toHaveFocus());
    await user.keyboard('Frågade om bidrag.{Control>}{Enter}{/Control}');

    const notice = await screen.findByRole('status');
    expect(notice).toHaveTextContent('Samtalet med Grannsamverkan Tynnered är sparat.');
    expect(notice).not.toHaveTextContent('Uppföljning');
    expect(
      within(notice)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Öppna organisationen']);
    await user.click(within(notice).getByRole('button', { name: 'Stäng' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
