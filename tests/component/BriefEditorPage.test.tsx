import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@renderer/db/db';
import { freezeBrief, saveBrief } from '@renderer/features/briefs/data/briefRepository';
import { createOrganisation } from '@renderer/features/organisations/data/organisationRepository';
import type { BriefContent } from '@renderer/features/briefs/model/briefContent';
import { BriefEditorPage } from '@renderer/features/briefs/BriefEditorPage';
import { resetClock, setClock } from '@renderer/lib/dates';
import { newId } from '@renderer/lib/ids';
import { organisationInput } from '../fixtures/builders';
import { addInquiry } from '../fixtures/inquiryBuilder';
import { renderWithSession } from '../fixtures/renderWithSession';
import { resetDatabase } from '../fixtures/resetDatabase';
import { call } from '../unit/domain/briefFixtures';

let organisationId = '';
beforeEach(async () => {
  setClock(() => new Date('2026-03-05T10:00:00.000Z'));
  await resetDatabase();
  organisationId = (
    await createOrganisation(organisationInput({ name: 'Föreningen Gemenskap' }), null)
  ).id;
});
afterEach(resetClock);

const preview = () => screen.getByRole('region', { name: 'Förhandsvisning' });

describe('BriefEditorPage', () => {
  it('prefills a meeting agenda from the inquiries in the address and saves them in order', async () => {
    const first = await addInquiry(organisationId, { title: 'Läxhjälp' });
    const second = await addInquiry(organisationId, { title: 'Språkcafé' });
    await renderWithSession(<BriefEditorPage />, {
      path: '/underlag/ny',
      route: `/underlag/ny?typ=agenda&arenden=${second.id},${first.id}`,
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Ny mötesagenda' })).toBeInTheDocument();
    await screen.findByRole('region', { name: 'Förhandsvisning' });
    const agenda = await within(preview()).findByRole('list', { name: '' });
    await waitFor(() =>
      expect(
        within(agenda)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual([
        'Språkcafé – Föreningen Gemenskap (Inkommet)',
        'Läxhjälp – Föreningen Gemenskap (Inkommet)',
      ]),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(async () => expect(await db.briefs.count()).toBe(1));
    const [saved] = await db.briefs.toArray();
    expect(saved).toMatchObject({ kind: 'agenda', inquiryIds: [second.id, first.id] });
    expect(saved?.title).toBe('Mötesagenda');
  });

  it('updates the preview live: sections off, private notes only when asked for', async () => {
    await db.calls.bulkAdd([
      call({ id: newId(), organisationId, summary: 'Officiell notering' }),
      call({ id: newId(), organisationId, summary: 'Privat minne', noteKind: 'minnesanteckning' }),
    ]);
    await renderWithSession(<BriefEditorPage />, {
      path: '/underlag/ny',
      route: `/underlag/ny?typ=organisation&organisation=${organisationId}`,
    });
    await screen.findByRole('region', { name: 'Förhandsvisning' });
    await within(preview()).findByRole('heading', { name: 'Inför möte med Föreningen Gemenskap' });
    expect(within(preview()).getByText('Officiell notering')).toBeInTheDocument();
    expect(within(preview()).queryByText('Privat minne')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('checkbox', { name: 'Ta med minnesanteckningar' }));
    expect(await within(preview()).findByText('Privat minne')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('checkbox', { name: 'Kontaktpersoner' }));
    expect(
      within(preview()).queryByRole('heading', { name: 'Kontaktpersoner' }),
    ).not.toBeInTheDocument();

    await userEvent.type(
      screen.getByRole('textbox', { name: 'Frågor att ta upp' }),
      '- Lokaler till hösten',
    );
    expect(await within(preview()).findByText('Lokaler till hösten')).toBeInTheDocument();
  });

  it('follows the data until fastställd, then keeps the frozen content', async () => {
    const brief = await saveBrief(
      null,
      {
        kind: 'organisation',
        title: '',
        meetingDate: '2026-03-10',
        place: '',
        participants: '',
        organisationId,
        inquiryIds: [],
        periodStart: null,
        periodEnd: null,
        sections: {},
        texts: {},
      },
      null,
    );
    await renderWithSession(<BriefEditorPage />, {
      path: '/underlag/:briefId',
      route: `/underlag/${brief.id}`,
    });
    await screen.findByRole('region', { name: 'Förhandsvisning' });
    await within(preview()).findByRole('heading', { name: 'Inför möte med Föreningen Gemenskap' });
    await db.organisations.update(organisationId, { name: 'Föreningen Nytt Namn' });
    await within(preview()).findByRole('heading', { name: 'Inför möte med Föreningen Nytt Namn' });

    const frozen: BriefContent = {
      kind: 'organisation',
      title: 'Fastställd version',
      subtitle: [],
      headerName: 'Föreningen Nytt Namn',
      headerDate: '10 mars 2026',
      sections: [],
    };
    await freezeBrief(brief.id, frozen, null);
    await within(preview()).findByRole('heading', { name: 'Fastställd version' });
    await db.organisations.update(organisationId, { name: 'Ännu ett namn' });
    expect(await screen.findByText(/^Fastställt 5 mars 2026/)).toBeInTheDocument();
    expect(
      within(preview()).getByRole('heading', { name: 'Fastställd version' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lås upp' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Rubrik' })).toBeDisabled();
  });

  it('says so when a saved brief does not exist', async () => {
    await renderWithSession(<BriefEditorPage />, {
      path: '/underlag/:briefId',
      route: '/underlag/saknas',
    });
    expect(await screen.findByText('Underlaget finns inte.')).toBeInTheDocument();
  });
});
