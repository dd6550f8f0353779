import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@renderer/db/db';
import { DEFAULT_SETTINGS } from '@renderer/domain/defaults';
import { BackupReminder } from '@renderer/features/backup/BackupReminder';
import { SessionContext } from '@renderer/session/SessionContext';
import { i18n } from '@renderer/i18n/i18n';
import { resetClock, setClock } from '@renderer/lib/dates';
import { resetDatabase } from '../fixtures/resetDatabase';

const NOW = new Date('2026-11-22T12:00:00.000Z');
const navigator = {
  id: 'nav-1',
  name: 'Anna Öberg',
  initials: 'AÖ',
  isActive: true,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

function renderReminder(lastBackupAt: string | null) {
  return render(
    <I18nextProvider i18n={i18n}>
      <SessionContext.Provider
        value={{ navigator, settings: { ...DEFAULT_SETTINGS, lastBackupAt } }}
      >
        <MemoryRouter>
          <BackupReminder />
        </MemoryRouter>
      </SessionContext.Provider>
    </I18nextProvider>,
  );
}

const addOrganisation = () =>
  db.table('organisations').add({ id: 'o1', name: 'Föreningen Ängen', orgNumber: null });

beforeEach(async () => {
  setClock(() => NOW);
  sessionStorage.clear();
  await resetDatabase();
});
afterEach(resetClock);

describe('BackupReminder (web host)', () => {
  it('asks for a first backup once the register has data, and can be put off', async () => {
    const user = userEvent.setup();
    await addOrganisation();
    renderReminder(null);

    expect(
      await screen.findByText(/Du har inte tagit någon säkerhetskopia ännu\./),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gå till säkerhetskopiering' })).toHaveAttribute(
      'href',
      '/installningar#sakerhetskopia',
    );
    await user.click(screen.getByRole('button', { name: 'Påminn mig senare' }));
    expect(screen.queryByText(/säkerhetskopia/)).not.toBeInTheDocument();
    expect(sessionStorage.getItem('lotsbok.backupReminderDismissed')).toBe('1');
  });

  it('reminds when the last backup is more than a week old, with its date', async () => {
    await addOrganisation();
    renderReminder('2026-11-14T09:00:00.000Z');
    expect(
      await screen.findByText(
        'Din senaste säkerhetskopia är från 14 nov. 2026. Ta en ny, så att inget går förlorat.',
      ),
    ).toBeInTheDocument();
  });

  it('stays away for a recent backup, and for an empty register', async () => {
    // Long enough for the live query to answer (it shows the reminder in the tests above).
    const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    const { unmount } = renderReminder(null);
    await settle();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    unmount();

    await addOrganisation();
    renderReminder('2026-11-20T09:00:00.000Z');
    await settle();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
