import { renderHook, screen, render, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AutomaticBackupInfo, WriteAutomaticBackupRequest } from '@shared/desktopApi';
import { fail, ok } from '@shared/result';

/** The desktop host's backups folder, at the OS edge. */
const host = vi.hoisted(() => ({
  listed: [] as AutomaticBackupInfo[],
  written: [] as WriteAutomaticBackupRequest[],
  failWrite: false,
}));

vi.mock('@renderer/lib/platform', () => ({
  isDesktop: true,
  platform: {
    getAppInfo: async () => ({
      host: 'desktop',
      version: '0.1.0',
      platform: 'linux',
      userDataPath: '/tmp',
    }),
    listBackups: async () => ok(host.listed),
    writeAutomaticBackup: async (request: WriteAutomaticBackupRequest) => {
      if (host.failWrite)
        return fail('Kunde inte spara den automatiska säkerhetskopian: disken är full');
      host.written.push(request);
      return ok({
        name: 'lotsbok-x-daily.json',
        createdAt: '2026-11-22T12:00:00.000Z',
        size: 1,
        reason: request.reason,
      });
    },
  },
}));

const backupAt = (createdAt: string): AutomaticBackupInfo => ({
  name: `lotsbok-${createdAt}-daily.json`,
  createdAt,
  size: 10,
  reason: 'daily',
});

/** A fresh module graph per test: the start-up backup runs once per app run. */
async function start({ withData }: { withData: boolean }) {
  vi.resetModules();
  const { db } = await import('@renderer/db/db');
  const { setClock } = await import('@renderer/lib/dates');
  const { i18n } = await import('@renderer/i18n/i18n');
  const { useBackupAtStart } = await import('@renderer/features/backup/useBackupAtStart');
  const { TaskStatus } = await import('@renderer/ui/TaskStatus');
  setClock(() => new Date('2026-11-22T12:00:00.000Z'));
  db.close();
  await db.delete();
  await db.open();
  if (withData) await db.table('organisations').add({ id: 'o1', name: 'Ängen', orgNumber: null });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
  );
  render(<TaskStatus />, { wrapper });
  renderHook(() => useBackupAtStart(0), { wrapper });
  return { db };
}

beforeEach(() => {
  host.listed = [];
  host.written = [];
  host.failWrite = false;
});

describe('useBackupAtStart (desktop)', () => {
  it('takes the daily backup when the newest one is more than a day old', async () => {
    host.listed = [backupAt('2026-11-21T09:00:00.000Z')];
    const { db } = await start({ withData: true });
    await waitFor(() => expect(host.written).toHaveLength(1));
    expect(host.written[0]).toMatchObject({ reason: 'daily', keep: 10 });
    expect(JSON.parse(host.written[0]?.data ?? '').counts.organisations).toBe(1);
    await waitFor(async () =>
      expect((await db.settings.get('lastBackupAt'))?.value).toBe('2026-11-22T12:00:00.000Z'),
    );
  });

  it('skips it when one was taken today, or when there is nothing to back up', async () => {
    host.listed = [backupAt('2026-11-22T07:00:00.000Z')];
    await start({ withData: true });
    await new Promise((resolve) => setTimeout(resolve, 100));
    host.listed = [];
    await start({ withData: false });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(host.written).toEqual([]);
  });

  it('says so in the task bar when the backup cannot be written', async () => {
    host.failWrite = true;
    await start({ withData: true });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Den dagliga säkerhetskopian kunde inte sparas: Kunde inte spara den automatiska säkerhetskopian: disken är full',
    );
  });
});
