import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '@renderer/app/store';
import { db } from '@renderer/db/db';
import { createNavigator } from '@renderer/features/settings/data/navigatorRepository';
import { createOrganisation } from '@renderer/features/organisations/data/organisationRepository';
import type { FollowUpEntity } from '@renderer/domain/entities';
import { TodayPage } from '@renderer/features/followUps/TodayPage';
import { nowIso, resetClock, setClock } from '@renderer/lib/dates';
import { newId } from '@renderer/lib/ids';
import { organisationInput } from '../fixtures/builders';
import { renderWithSession } from '../fixtures/renderWithSession';
import { resetDatabase } from '../fixtures/resetDatabase';

// Wednesday 11 March 2026, mid-morning local time.
const TODAY = '2026-03-11';

beforeEach(async () => {
  setClock(() => new Date(2026, 2, 11, 10, 0));
  await resetDatabase();
});

afterEach(resetClock);

/** An organisation with one open follow-up, written after the page is shown (inside act()). */
async function addDue(
  name: string,
  dueDate: string,
  navigatorId: string | null,
  patch: Partial<FollowUpEntity> = {},
): Promise<FollowUpEntity> {
  const organisation = await act(() => createOrganisation(organisationInput({ name }), null));
  const at = nowIso();
  const followUp: FollowUpEntity = {
    id: newId(),
    organisationId: organisation.id,
    inquiryId: null,
    callId: null,
    navigatorId,
    dueDate,
    nextStep: 'Ring tillbaka',
    status: 'open',
    doneAt: null,
    createdAt: at,
    updatedAt: at,
    ...patch,
  };
  await act(() => db.followUps.add(followUp));
  return followUp;
}

const section = (name: RegExp) => screen.findByRole('region', { name });

async function renderToday() {
  return renderWithSession(<TodayPage />, { path: '/idag', route: '/idag' });
}

describe('TodayPage', () => {
  it('groups follow-ups into overdue, today and the coming week, and marks the overdue', async () => {
    const { navigator } = await renderToday();
    await addDue('Gamla Föreningen', '2026-03-09', navigator.id, { nextStep: 'Skicka avtal' });
    await addDue('Dagens Förening', TODAY, navigator.id);
    await addDue('Veckans Förening', '2026-03-18', navigator.id);
    await addDue('Senare Förening', '2026-03-19', navigator.id);
    await addDue('Klara Föreningen', TODAY, navigator.id, { status: 'done' });

    const overdue = await section(/^Försenade \(1\)/);
    expect(within(overdue).getByText('Skicka avtal')).toBeInTheDocument();
    expect(within(overdue).getByText('Försenad')).toBeInTheDocument();
    expect(within(overdue).getByRole('link', { name: 'Gamla Föreningen' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/organisationer\//),
    );
    const today = await section(/^Idag \(1\)/);
    expect(within(today).getByRole('link', { name: 'Dagens Förening' })).toBeInTheDocument();
    expect(within(today).queryByText('Försenad')).not.toBeInTheDocument();
    expect(within(today).getByText('TL')).toBeInTheDocument();
    const week = await section(/^Kommande vecka \(1\)/);
    expect(within(week).getByRole('link', { name: 'Veckans Förening' })).toBeInTheDocument();
    expect(screen.queryByText('Senare Förening')).not.toBeInTheDocument();
    expect(screen.queryByText('Klara Föreningen')).not.toBeInTheDocument();
  });

  it('shows an empty state when nothing is due within seven days', async () => {
    await renderToday();
    expect(
      await screen.findByRole('heading', { name: 'Inga uppföljningar de närmaste sju dagarna.' }),
    ).toBeInTheDocument();
    // One way to log a call: the header's button; the page names its shortcut.
    expect(screen.queryByRole('button', { name: /Logga samtal/ })).not.toBeInTheDocument();
    expect(screen.getByText(/loggar ett samtal \(Ctrl\+L\)/)).toBeInTheDocument();
  });

  it('shows my follow-ups by default, everyone’s under Alla and one navigator’s by name', async () => {
    const user = userEvent.setup();
    const { navigator } = await renderToday();
    const anna = await act(() => createNavigator({ name: 'Anna Berg', initials: 'AB' }, false));
    await addDue('Min Förening', TODAY, navigator.id);
    await addDue('Annas Förening', TODAY, anna.id);

    expect(await screen.findByRole('link', { name: 'Min Förening' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Annas Förening' })).not.toBeInTheDocument();

    const scope = screen.getByLabelText('Visa uppföljningar för');
    await user.selectOptions(scope, 'Alla');
    expect(await screen.findByRole('link', { name: 'Annas Förening' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Min Förening' })).toBeInTheDocument();
    expect(screen.getByText('AB')).toBeInTheDocument();

    await user.selectOptions(scope, 'Anna Berg');
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'Min Förening' })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('link', { name: 'Annas Förening' })).toBeInTheDocument();
  });

  it('removes a row marked Klar, and Ångra brings it back', async () => {
    const user = userEvent.setup();
    const { navigator } = await renderToday();
    const followUp = await addDue('Föreningen X', TODAY, navigator.id);

    await user.click(await screen.findByRole('button', { name: 'Klar: Föreningen X' }));
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'Föreningen X' })).not.toBeInTheDocument(),
    );
    expect((await db.followUps.get(followUp.id))?.status).toBe('done');
    expect(
      screen.getByRole('heading', { name: 'Inga uppföljningar de närmaste sju dagarna.' }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ångra' }));
    expect(await screen.findByRole('link', { name: 'Föreningen X' })).toBeInTheDocument();
  });

  it('opens the call dialog to complete a follow-up with a call', async () => {
    const user = userEvent.setup();
    const { navigator } = await renderToday();
    const followUp = await addDue('Föreningen Y', TODAY, navigator.id);

    await user.click(
      await screen.findByRole('button', { name: 'Klar och logga samtal: Föreningen Y' }),
    );
    expect(useAppStore.getState().callDialog).toEqual({
      isOpen: true,
      prefill: { organisationId: followUp.organisationId, followUpId: followUp.id },
    });
    useAppStore.getState().closeCallDialog();
  });

  it('moves a follow-up to another section with Flytta', async () => {
    const user = userEvent.setup();
    const { navigator } = await renderToday();
    const followUp = await addDue('Föreningen Z', '2026-03-10', navigator.id);

    const overdue = await section(/^Försenade/);
    await user.click(within(overdue).getByRole('button', { name: 'Flytta: Föreningen Z' }));
    const dialog = await screen.findByRole('dialog', { name: /Flytta uppföljning/ });
    await user.click(within(dialog).getByRole('button', { name: /^I morgon/ }));

    const week = await section(/^Kommande vecka \(1\)/);
    expect(await within(week).findByRole('link', { name: 'Föreningen Z' })).toBeInTheDocument();
    expect(await section(/^Försenade \(0\)/)).toBeInTheDocument();
    expect((await db.followUps.get(followUp.id))?.dueDate).toBe('2026-03-12');
  });

  it('moves a follow-up to a typed date', async () => {
    const user = userEvent.setup();
    const { navigator } = await renderToday();
    await addDue('Föreningen W', '2026-03-13', navigator.id);

    await user.click(await screen.findByRole('button', { name: 'Flytta: Föreningen W' }));
    const date = screen.getByLabelText('Nytt datum');
    await user.clear(date);
    await user.type(date, TODAY);
    await user.click(screen.getByRole('button', { name: 'Flytta' }));
    const today = await section(/^Idag \(1\)/);
    expect(await within(today).findByRole('link', { name: 'Föreningen W' })).toBeInTheDocument();
  });

  it('gives a follow-up to another navigator with Ge till, which takes it out of Mina', async () => {
    const user = userEvent.setup();
    const { navigator } = await renderToday();
    const anna = await act(() => createNavigator({ name: 'Anna Berg', initials: 'AB' }, false));
    const followUp = await addDue('Föreningen V', TODAY, navigator.id);

    await user.click(await screen.findByRole('button', { name: 'Ge till: Föreningen V' }));
    const dialog = await screen.findByRole('dialog', { name: /Ge uppföljningen/ });
    await user.selectOptions(within(dialog).getByLabelText('Ny ansvarig lots'), 'Anna Berg (AB)');
    await user.click(within(dialog).getByRole('button', { name: 'Ge till' }));

    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'Föreningen V' })).not.toBeInTheDocument(),
    );
    expect((await db.followUps.get(followUp.id))?.navigatorId).toBe(anna.id);
  });
});
