import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@renderer/db/db';
import type { DueFollowUp } from '@renderer/features/followUps/data/followUpQueries';
import { createOrganisation } from '@renderer/features/organisations/data/organisationRepository';
import { RescheduleDialog } from '@renderer/features/followUps/RescheduleDialog';
import { nowIso, resetClock, setClock } from '@renderer/lib/dates';
import { newId } from '@renderer/lib/ids';
import { organisationInput } from '../fixtures/builders';
import { renderWithSession } from '../fixtures/renderWithSession';
import { resetDatabase } from '../fixtures/resetDatabase';

beforeEach(async () => {
  await resetDatabase();
});
afterEach(resetClock);

async function renderDialog(today: string) {
  setClock(() => new Date(`${today}T10:00:00`));
  const organisation = await createOrganisation(organisationInput({ name: 'Föreningen Z' }), null);
  const at = nowIso();
  const followUp: DueFollowUp = {
    id: newId(),
    organisationId: organisation.id,
    organisationName: organisation.name,
    inquiryId: null,
    callId: null,
    navigatorId: null,
    dueDate: today,
    nextStep: 'Ring tillbaka',
    status: 'open',
    doneAt: null,
    createdAt: at,
    updatedAt: at,
  };
  await db.followUps.add(followUp);
  let isClosed = false;
  await renderWithSession(
    <RescheduleDialog followUp={followUp} today={today} onClose={() => (isClosed = true)} />,
  );
  const dialog = await screen.findByRole('dialog', { name: /Flytta uppföljning/ });
  return { dialog, followUp, isClosed: () => isClosed };
}

describe('RescheduleDialog on a Friday', () => {
  it('offers the next working day beside "I morgon" and moves there in one click', async () => {
    const user = userEvent.setup();
    const { dialog, followUp, isClosed } = await renderDialog('2026-11-27');
    expect(within(dialog).getByRole('button', { name: 'I morgon (lör 28 nov.)' })).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Nästa arbetsdag (mån 30 nov.)' }));
    await waitFor(() => expect(isClosed()).toBe(true));
    expect((await db.followUps.get(followUp.id))?.dueDate).toBe('2026-11-30');
  });

  it('says the prefilled Saturday is a Saturday and moves the field, not the follow-up', async () => {
    const user = userEvent.setup();
    const { dialog, followUp } = await renderDialog('2026-11-27');
    const date = within(dialog).getByLabelText('Nytt datum');
    expect(date).toHaveValue('2026-11-28');
    expect(date).toHaveAccessibleDescription(/lördag 28 november/);
    await user.click(
      within(dialog).getByRole('button', { name: 'Flytta till måndag 30 november' }),
    );
    expect(date).toHaveValue('2026-11-30');
    expect((await db.followUps.get(followUp.id))?.dueDate).toBe('2026-11-27');
  });

  it('offers no extra pick when tomorrow is a working day', async () => {
    const { dialog } = await renderDialog('2026-11-24');
    expect(within(dialog).queryByRole('button', { name: /Nästa arbetsdag/ })).toBeNull();
    expect(within(dialog).queryByText(/Datumet är/)).toBeNull();
  });
});
