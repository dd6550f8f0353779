import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@renderer/db/db';
import { freezeBrief, saveBrief } from '@renderer/features/briefs/data/briefRepository';
import { createOrganisation } from '@renderer/features/organisations/data/organisationRepository';
import type { BriefEntity } from '@renderer/domain/brief';
import { BriefEditorPage } from '@renderer/features/briefs/BriefEditorPage';
import { BriefsPage } from '@renderer/features/briefs/BriefsPage';
import { resetClock, setClock } from '@renderer/lib/dates';
import { organisationInput } from '../fixtures/builders';
import { renderWithSession } from '../fixtures/renderWithSession';
import { resetDatabase } from '../fixtures/resetDatabase';

let brief: BriefEntity;
beforeEach(async () => {
  setClock(() => new Date('2026-03-05T10:00:00.000Z'));
  await resetDatabase();
  const organisation = await createOrganisation(
    organisationInput({ name: 'Föreningen Gemenskap' }),
    null,
  );
  brief = await saveBrief(
    null,
    {
      kind: 'organisation',
      title: 'Inför mötet',
      meetingDate: '2026-03-10',
      place: '',
      participants: '',
      organisationId: organisation.id,
      inquiryIds: [],
      periodStart: null,
      periodEnd: null,
      sections: {},
      texts: {},
    },
    null,
  );
});
afterEach(resetClock);

const openEditor = async () => {
  await renderWithSession(<BriefEditorPage />, {
    path: '/underlag/:briefId',
    route: `/underlag/${brief.id}`,
  });
  return screen.findByRole('textbox', { name: 'Rubrik' });
};

describe('deleting a brief', () => {
  it('asks in a dialog from the list, then deletes it with an event', async () => {
    await renderWithSession(<BriefsPage />, { path: '/underlag', route: '/underlag' });
    await userEvent.click(await screen.findByRole('button', { name: 'Ta bort Inför mötet' }));
    const dialog = screen.getByRole('dialog', { name: 'Ta bort underlaget?' });
    expect(within(dialog).queryByText(/fastställdes/)).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(await db.briefs.count()).toBe(1);

    await userEvent.click(screen.getByRole('button', { name: 'Ta bort Inför mötet' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ta bort underlaget' }));
    expect(await screen.findByText('Underlaget ”Inför mötet” är borttaget.')).toBeInTheDocument();
    expect(await db.briefs.count()).toBe(0);
    const events = await db.events.filter((event) => event.kind === 'deleted').toArray();
    expect(events.map((event) => event.entityType)).toEqual(['brief']);
  });

  it('warns that a fastställd brief is deleted with its content', async () => {
    await freezeBrief(
      brief.id,
      {
        kind: 'organisation',
        title: 'X',
        subtitle: [],
        headerName: '',
        headerDate: '',
        sections: [],
      },
      null,
    );
    await openEditor();
    await userEvent.click(screen.getByRole('button', { name: 'Ta bort' }));
    const dialog = screen.getByRole('dialog', { name: 'Ta bort underlaget?' });
    expect(within(dialog).getByText(/^Underlaget fastställdes 5 mars 2026/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ta bort underlaget' }));
    await waitFor(async () => expect(await db.briefs.count()).toBe(0));
  });
});

describe('unsaved changes', () => {
  it('keeps edits as a draft, asks before a link leaves, and forgets them once saved', async () => {
    const title = await openEditor();
    await userEvent.clear(title);
    await userEvent.type(title, 'Nytt namn');
    await waitFor(async () => expect(await db.drafts.count()).toBe(1));

    await userEvent.click(screen.getByRole('link', { name: 'Underlag' }));
    const dialog = screen.getByRole('dialog', { name: 'Lämna underlaget?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Stanna kvar' }));
    expect(screen.getByRole('textbox', { name: 'Rubrik' })).toHaveValue('Nytt namn');

    // Closing the window (here: unmounting) loses nothing: the draft comes back.
    cleanup();
    const reopened = await openEditor();
    expect(reopened).toHaveValue('Nytt namn');
    expect(screen.getByText(/^Osparade ändringar från 5 mars 2026/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(async () => expect(await db.drafts.count()).toBe(0));
    expect((await db.briefs.get(brief.id))?.title).toBe('Nytt namn');
    await userEvent.click(screen.getByRole('link', { name: 'Underlag' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Rubrik' })).toBeNull());
  });

  it('leaves without saving, and can throw the changes away on the way', async () => {
    const title = await openEditor();
    await userEvent.type(title, ' extra');
    await userEvent.click(screen.getByRole('link', { name: 'Underlag' }));
    await userEvent.click(screen.getByRole('button', { name: 'Släng ändringarna och lämna' }));
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Rubrik' })).toBeNull());
    await waitFor(async () => expect(await db.drafts.count()).toBe(0));
    expect((await db.briefs.get(brief.id))?.title).toBe('Inför mötet');
  });
});
