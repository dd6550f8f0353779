import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@renderer/db/db';
import { listPriorityAreas } from '@renderer/features/settings/data/priorityAreaRepository';
import { getSetting } from '@renderer/db/settingsRepository';
import { listUnits } from '@renderer/features/settings/data/unitRepository';
import { SettingsPage } from '@renderer/features/settings/SettingsPage';
import { platform } from '@renderer/lib/platform';
import { renderWithSession } from '../fixtures/renderWithSession';
import { resetDatabase } from '../fixtures/resetDatabase';

beforeEach(async () => {
  // The host's version line is not under test; an answer that never comes keeps it out of act().
  vi.spyOn(platform, 'getAppInfo').mockReturnValue(new Promise(() => undefined));
  await resetDatabase();
});

afterEach(() => vi.restoreAllMocks());

const renderSettings = () =>
  renderWithSession(<SettingsPage />, { path: '/installningar', route: '/installningar' });

const region = (name: string) => screen.findByRole('region', { name });

describe('SettingsPage editing', () => {
  it('shows the sections in order', async () => {
    await renderSettings();
    await screen.findByRole('button', { name: 'Flytta ned: Barn' });
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Lotsar',
      'Prioriterade områden',
      'Verksamhetsområden',
      'Tröskelvärden',
      'Utfall för samtal',
      'Anteckningstyp',
      'Språk',
      'Team',
      'Säkerhetskopia',
      'Exportera allt',
      'Data',
    ]);
  });

  it('refuses an invalid threshold in Swedish, then stores a valid one as an event', async () => {
    const user = userEvent.setup();
    const { navigator } = await renderSettings();
    const section = await region('Tröskelvärden');
    expect(
      within(section).getByText(
        'Ändrade gränser gäller nya beslut; fattade beslut behåller sina gränser.',
      ),
    ).toBeInTheDocument();
    const internal = within(section).getByLabelText('Intern gräns för direktupphandling');
    expect(internal).toHaveValue('100000');

    await user.clear(internal);
    await user.type(internal, '800 000');
    await user.click(within(section).getByRole('button', { name: 'Spara gränser' }));
    expect(
      await within(section).findByText(
        'Den interna gränsen kan inte vara högre än lagens gräns för direktupphandling.',
      ),
    ).toBeInTheDocument();
    expect(internal).toHaveAttribute('aria-invalid', 'true');

    await user.clear(internal);
    await user.type(internal, '12,50');
    await user.click(within(section).getByRole('button', { name: 'Spara gränser' }));
    expect(
      await within(section).findByText('Ange beloppet i hela kronor, utan ören.'),
    ).toBeInTheDocument();
    expect((await getSetting('thresholds')).internalDirectProcurementLimit).toBe(100_000);

    await user.clear(internal);
    await user.type(internal, '250 000');
    expect(within(section).getByText('I hela kronor: 250 000 kr')).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Spara gränser' }));
    expect(await within(section).findByText('Gränserna är sparade.')).toBeInTheDocument();
    expect(await getSetting('thresholds')).toEqual({
      internalDirectProcurementLimit: 250_000,
      legalDirectProcurementLimit: 700_000,
      documentationDutyLimit: 100_000,
    });
    const events = await db.events.filter((event) => event.entityType === 'settings').toArray();
    expect(events).toMatchObject([
      { entityId: 'thresholds', kind: 'updated', navigatorId: navigator.id },
    ]);
  });

  it('adds a priority area through the dialog', async () => {
    const user = userEvent.setup();
    await renderSettings();
    const section = await region('Prioriterade områden');
    await user.click(within(section).getByRole('button', { name: 'Lägg till område' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nytt prioriterat område' });

    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));
    expect(await within(dialog).findByText('Ange ett namn.')).toBeInTheDocument();

    await user.type(within(dialog).getByLabelText(/^Namn/), 'Trygghet');
    const keywords = within(dialog).getByLabelText('Nyckelord');
    expect(keywords).toHaveAccessibleDescription(/förskol matchar förskolan/);
    await user.type(keywords, 'Trygg, nattvandr');
    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));

    expect(
      await within(section).findByRole('button', { name: 'Flytta ned: Trygghet' }),
    ).toBeDisabled();
    expect(within(section).getByText('Nyckelord: trygg, nattvandr')).toBeInTheDocument();
    expect((await listPriorityAreas()).at(-1)).toMatchObject({
      name: 'Trygghet',
      keywords: ['trygg', 'nattvandr'],
    });
  });

  it('moves an area up and keeps the keyboard on it', async () => {
    const user = userEvent.setup();
    await renderSettings();
    const section = await region('Prioriterade områden');
    expect(await within(section).findByRole('button', { name: 'Flytta upp: Barn' })).toBeDisabled();
    await user.click(within(section).getByRole('button', { name: 'Flytta upp: Utbildning' }));

    await waitFor(async () =>
      expect((await listPriorityAreas()).map((area) => area.id).slice(0, 2)).toEqual([
        'pa-utbildning',
        'pa-barn',
      ]),
    );
    await waitFor(() =>
      expect(within(section).getAllByRole('listitem')[0]).toHaveTextContent(/^Utbildning/),
    );
    // At the top its "up" button is disabled, so the keyboard moves to "down".
    await waitFor(() =>
      expect(within(section).getByRole('button', { name: 'Flytta ned: Utbildning' })).toHaveFocus(),
    );
  });

  it('adds a unit and deactivates it', async () => {
    const user = userEvent.setup();
    await renderSettings();
    const section = await region('Verksamhetsområden');
    expect(await within(section).findByText('Inga verksamhetsområden ännu.')).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Lägg till verksamhetsområde' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nytt verksamhetsområde' });
    await user.type(within(dialog).getByLabelText(/^Namn/), 'Äldreomsorg');
    await user.type(within(dialog).getByLabelText('Kontaktpersonens e-post'), 'fel');
    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));
    expect(
      await within(dialog).findByText('Ange en e-postadress som namn@exempel.se.'),
    ).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Kontaktpersonens e-post'), '@exempel.se');
    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));

    await user.click(
      await within(section).findByRole('button', { name: 'Inaktivera: Äldreomsorg' }),
    );
    expect(
      await within(section).findByRole('button', { name: 'Aktivera: Äldreomsorg' }),
    ).toBeInTheDocument();
    expect(await listUnits()).toMatchObject([
      { name: 'Äldreomsorg', contactEmail: 'fel@exempel.se', isActive: false },
    ]);
  });

  it('relabels and adds call outcomes, keeping ids, and sets the default note kind', async () => {
    const user = userEvent.setup();
    await renderSettings();
    const section = await region('Utfall för samtal');
    await user.click(within(section).getByRole('button', { name: 'Lägg till utfall' }));
    const added = within(section).getByLabelText('Utfall 6');
    await user.type(added, 'Inget svar');
    await user.click(within(section).getByRole('button', { name: 'Spara utfall' }));
    expect(
      await within(section).findByText('Det finns redan ett utfall med den benämningen.'),
    ).toBeInTheDocument();

    await user.clear(added);
    await user.type(added, 'Möte bokat');
    await user.click(within(section).getByRole('checkbox', { name: 'Aktivt: Fel nummer' }));
    await user.click(within(section).getByRole('button', { name: 'Spara utfall' }));
    expect(await within(section).findByText('Utfallen är sparade.')).toBeInTheDocument();
    const outcomes = await getSetting('callOutcomes');
    expect(outcomes.map((o) => o.id)).toEqual([
      'talade_med',
      'inget_svar',
      'lamnade_meddelande',
      'fel_nummer',
      'annat',
      'mote_bokat',
    ]);
    expect(outcomes.find((o) => o.id === 'fel_nummer')?.isActive).toBe(false);

    const noteKind = await region('Anteckningstyp');
    await user.selectOptions(
      within(noteKind).getByLabelText('Förvald anteckningstyp för nya samtal'),
      'minnesanteckning',
    );
    await waitFor(async () => expect(await getSetting('defaultNoteKind')).toBe('minnesanteckning'));
  });
});
