import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  AutomaticBackupInfo,
  DesktopApi,
  OpenedBackupFile,
  WriteAutomaticBackupRequest,
} from '@shared/desktopApi';
import { ok } from '@shared/result';
import { db } from '@renderer/db/db';
import { getSetting } from '@renderer/db/settingsRepository';
import { BackupSection } from '@renderer/features/backup/BackupSection';
import { TaskStatus } from '@renderer/ui/TaskStatus';
import { useAppStore } from '@renderer/app/store';
import { renderWithSession } from '../fixtures/renderWithSession';
import { resetDatabase } from '../fixtures/resetDatabase';

/** The desktop host at its OS edge: files and the backups folder kept in memory. */
const host = vi.hoisted(() => {
  const folder = new Map<string, { text: string; info: AutomaticBackupInfo }>();
  return {
    folder,
    openedFiles: [] as OpenedBackupFile[],
    saved: [] as { name: string; text: string }[],
    written: [] as WriteAutomaticBackupRequest[],
  };
});

vi.mock('@renderer/lib/platform', () => {
  const platform: DesktopApi = {
    getAppInfo: async () => ({
      host: 'desktop',
      version: '0.1.0',
      platform: 'linux',
      userDataPath: '/home/anna/.config/Lotsbok',
    }),
    saveFile: async ({ suggestedName, data }) => {
      host.saved.push({ name: suggestedName, text: String(data) });
      return ok(`/home/anna/Dokument/${suggestedName}`);
    },
    openFile: async () => ok(null),
    openBackupFile: async () => ok(host.openedFiles.shift() ?? null),
    printToPdf: async () => ok(null),
    onMenuCommand: () => () => undefined,
    teamServerRequest: async () => ok({ kind: 'failure', failure: 'unreachable', detail: '' }),
    forgetTeamSession: async () => ok(null),
    writeAutomaticBackup: async (request) => {
      host.written.push(request);
      const createdAt = `2026-11-2${host.folder.size}T08:00:00.000Z`;
      const name = `lotsbok-${createdAt.replace(/[:.]/g, '-')}-${request.reason}.json`;
      const info: AutomaticBackupInfo = {
        name,
        createdAt,
        size: request.data.length,
        reason: request.reason,
      };
      host.folder.set(name, { text: request.data, info });
      return ok(info);
    },
    listBackups: async () => ok([...host.folder.values()].map((entry) => entry.info).reverse()),
    readBackup: async (name) => ok(host.folder.get(name)?.text ?? ''),
  };
  return { platform, isDesktop: true };
});

const fileOf = (name: string, text: string): OpenedBackupFile => ({ name, text });

beforeEach(async () => {
  host.folder.clear();
  host.openedFiles.length = 0;
  host.saved.length = 0;
  host.written.length = 0;
  useAppStore.getState().setTask({ status: 'idle' });
  await resetDatabase();
});
afterEach(() => vi.clearAllMocks());

async function renderSection() {
  const result = await renderWithSession(
    <>
      <TaskStatus />
      <BackupSection />
    </>,
  );
  const section = await screen.findByRole('region', { name: 'Säkerhetskopia' });
  // Let the automatic list finish loading (an async host call) before the test acts.
  await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  expect(within(section).queryByText('Hämtar listan…')).not.toBeInTheDocument();
  return { ...result, section };
}

async function addOrganisation(id: string, name: string) {
  await db.table('organisations').add({ id, name, orgNumber: null, status: 'active' });
}

describe('BackupSection', () => {
  it('saves a backup of every table and says what it holds', async () => {
    const user = userEvent.setup();
    await addOrganisation('o1', 'Föreningen Ängen');
    const { section } = await renderSection();

    await user.click(within(section).getByRole('button', { name: 'Ta säkerhetskopia' }));

    expect(await screen.findByText(/^Säkerhetskopian sparades som/)).toHaveTextContent(
      /1 organisation,.*4 prioriterade områden/,
    );
    const [saved] = host.saved;
    expect(saved?.name).toMatch(/^lotsbok-sakerhetskopia-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
    const file = JSON.parse(saved?.text ?? '');
    expect(file.tables.organisations).toEqual([
      expect.objectContaining({ name: 'Föreningen Ängen' }),
    ]);
    expect(Object.keys(file.tables)).toEqual(
      db.tables.map((table) => table.name).filter((name) => !name.startsWith('sync')),
    );
    expect(await getSetting('lastBackupAt')).toBe(file.createdAt);
  });

  it('refuses a damaged file in Swedish and changes nothing', async () => {
    const user = userEvent.setup();
    await addOrganisation('o1', 'Föreningen Ängen');
    const { section } = await renderSection();
    host.openedFiles.push(
      fileOf('trasig.json', '{"format":"lotsbok-backup","formatVersion":1,"ta'),
    );

    await user.click(within(section).getByRole('button', { name: 'Återställ från fil…' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Filen trasig.json kan inte återställas: filen är skadad eller ingen JSON-fil.',
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await db.organisations.toArray()).toEqual([expect.objectContaining({ id: 'o1' })]);
    expect(host.written).toEqual([]);
  });

  it('shows what a file holds, backs up the current data, then replaces it', async () => {
    const user = userEvent.setup();
    const { section } = await renderSection();
    // A backup of a database with two organisations…
    await addOrganisation('a', 'Föreningen A');
    await addOrganisation('b', 'Föreningen B');
    await user.click(within(section).getByRole('button', { name: 'Ta säkerhetskopia' }));
    await screen.findByText(/^Säkerhetskopian sparades som/);
    const backupText = host.saved[0]?.text ?? '';
    // …then the data changes.
    await db.organisations.clear();
    await addOrganisation('c', 'Föreningen C');
    host.openedFiles.push(fileOf('kopia.json', backupText));

    await user.click(within(section).getByRole('button', { name: 'Återställ från fil…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Återställ säkerhetskopia' });
    expect(within(dialog).getByText('kopia.json')).toBeInTheDocument();
    expect(within(dialog).getByText('2 organisationer')).toBeInTheDocument();
    expect(
      within(dialog).getByText(/ersätts med innehållet i säkerhetskopian/),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Ersätt uppgifterna' }));

    expect(await screen.findByText(/^Återställt från kopia\.json/)).toHaveTextContent(
      /De tidigare uppgifterna sparades först som lotsbok-.*-restore\.json/,
    );
    expect((await db.organisations.toArray()).map((o) => o.id)).toEqual(['a', 'b']);
    // The automatic backup before the restore holds the replaced data.
    expect(host.written.map((request) => request.reason)).toEqual(['restore']);
    expect(JSON.parse(host.written[0]?.data ?? '').tables.organisations).toEqual([
      expect.objectContaining({ id: 'c' }),
    ]);
  });

  it('lists the automatic backups and restores one of them after confirmation', async () => {
    const user = userEvent.setup();
    await addOrganisation('x', 'Föreningen X');
    const { section } = await renderSection();
    expect(
      await within(section).findByText('Inga automatiska säkerhetskopior ännu.'),
    ).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Ta säkerhetskopia' }));
    await screen.findByText(/^Säkerhetskopian sparades som/);
    await platformWrite(host.saved[0]?.text ?? '');
    await db.organisations.clear();

    const table = await within(section).findByRole('table');
    const restoreButton = within(table).getByRole('button', {
      name: /^Återställ säkerhetskopian från/,
    });
    expect(within(table).getByText('Daglig')).toBeInTheDocument();
    await user.click(restoreButton);
    const dialog = await screen.findByRole('dialog', { name: 'Återställ säkerhetskopia' });
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(await db.organisations.count()).toBe(0);

    await user.click(restoreButton);
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ersätt uppgifterna' }),
    );
    await screen.findByText(/^Återställt från lotsbok-/);
    await waitFor(async () => expect(await db.organisations.count()).toBe(1));
  });
});

/** Puts a daily automatic backup in the fake folder, as the app does at start. */
async function platformWrite(text: string) {
  const { platform } = await import('@renderer/lib/platform');
  await platform.writeAutomaticBackup({ data: text, reason: 'daily', keep: 10 });
  // The list reloads when a task ends; end one so the new file shows.
  act(() => useAppStore.getState().setTask({ status: 'running', label: 'x', done: 0, total: 0 }));
  act(() => useAppStore.getState().setTask({ status: 'idle' }));
}
