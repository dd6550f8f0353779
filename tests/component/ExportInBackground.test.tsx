import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import { useState } from 'react';
import { ok, type Result } from '@shared/result';
import type { SaveFileRequest } from '@shared/desktopApi';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '@renderer/app/store';
import { db } from '@renderer/db/db';
import { DEFAULT_INQUIRY_QUERY } from '@renderer/features/inquiries/data/inquiryQueries';
import { createOrganisation } from '@renderer/features/organisations/data/organisationRepository';
import type { OrganisationEntity } from '@renderer/domain/entities';
import {
  ORGANISATION_COLUMNS,
  ORGANISATION_DEFAULT_COLUMNS,
} from '@renderer/features/exports/model/organisationColumns';
import { ExportAllSection } from '@renderer/features/exports/ExportAllSection';
import { ExportDialog } from '@renderer/features/exports/ExportDialog';
import type { ExportSource } from '@renderer/features/exports/exportSource';
import { InquiryExport } from '@renderer/features/exports/InquiryExport';
import { TaskStatus } from '@renderer/ui/TaskStatus';
import { resetClock, setClock } from '@renderer/lib/dates';
import { platform } from '@renderer/lib/platform';
import { organisationInput } from '../fixtures/builders';
import { addInquiry } from '../fixtures/inquiryBuilder';
import { renderWithSession } from '../fixtures/renderWithSession';
import { resetDatabase } from '../fixtures/resetDatabase';

beforeEach(async () => {
  setClock(() => new Date(2026, 10, 22, 10, 0));
  useAppStore.getState().setTask({ status: 'idle' });
  await resetDatabase();
  for (const name of ['Alfa', 'Beta', 'Gamma']) {
    const organisation = await createOrganisation(organisationInput({ name }), null);
    await addInquiry(organisation.id, { title: `Ärende för ${name}` });
  }
});
afterEach(() => {
  resetClock();
  vi.restoreAllMocks();
});

/** The host's save dialog (the OS edge), held open until the test answers it. */
function heldSaveDialog() {
  const requests: SaveFileRequest[] = [];
  let answer: (result: Result<string | null>) => void = () => undefined;
  vi.spyOn(platform, 'saveFile').mockImplementation((request) => {
    requests.push(request);
    return new Promise((resolve) => {
      answer = resolve;
    });
  });
  return {
    requests,
    answer: (result: Result<string | null>) =>
      act(async () => {
        answer(result);
      }),
  };
}

/** Rows that arrive only when the test lets them: the export is caught mid-read. */
function gatedSource(): { source: ExportSource<OrganisationEntity>; release: () => void } {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const source: ExportSource<OrganisationEntity> = {
    listId: 'organisations',
    nameParts: [],
    columns: ORGANISATION_COLUMNS,
    defaultColumns: ORGANISATION_DEFAULT_COLUMNS,
    count: 3,
    readRows: async (onProgress) => {
      onProgress(1, 3);
      await gate;
      onProgress(3, 3);
      return db.organisations.orderBy('nameKey').toArray();
    },
  };
  return { source, release: () => act(release) };
}

/** Clicks "Exportera" once the dialog has its columns and labels. */
async function startExport(dialog: HTMLElement) {
  const button = within(dialog).getByRole('button', { name: 'Exportera' });
  await waitFor(() => expect(button).toBeEnabled());
  await userEvent.click(button);
}

/** A screen whose dialog can be closed, with the app's task bar beside it. */
function DialogHost({ source }: { source: ExportSource<OrganisationEntity> }) {
  const [isOpen, setIsOpen] = useState(true);
  return (
    <>
      {isOpen ? <ExportDialog source={source} onClose={() => setIsOpen(false)} /> : null}
      <TaskStatus />
    </>
  );
}

describe('an export keeps going when its dialog is closed', () => {
  it('shows the result under the header after the dialog was closed during the export', async () => {
    const save = heldSaveDialog();
    await renderWithSession(
      <>
        <InquiryExport query={DEFAULT_INQUIRY_QUERY} openOnly={false} isBoard={false} search="" />
        <TaskStatus />
      </>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Exportera' }));
    const dialog = screen.getByRole('dialog', { name: 'Exportera ärenden' });
    await within(dialog).findByText('3 ärenden');
    await userEvent.click(within(dialog).getByRole('radio', { name: /^CSV/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Exportera' }));
    await waitFor(() => expect(save.requests).toHaveLength(1));

    await userEvent.click(within(dialog).getByRole('button', { name: 'Stäng' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    // Still running: the task bar has it.
    expect(screen.getByRole('progressbar', { name: 'Exporterar ärenden' })).toBeInTheDocument();

    await save.answer(ok('/home/anna/arenden-2026-11-22.csv'));
    expect(await screen.findByText('Sparade arenden-2026-11-22.csv, 3 rader.')).toBeInTheDocument();
    expect(String(save.requests[0]?.data).split('\r\n')).toHaveLength(4);
  });

  it('moves the progress to the task bar mid-read and reports the saved file there', async () => {
    const save = heldSaveDialog();
    const { source, release } = gatedSource();
    await renderWithSession(<DialogHost source={source} />);
    const dialog = screen.getByRole('dialog', { name: 'Exportera organisationer' });
    await startExport(dialog);
    await within(dialog).findByText('Läser 1 av 3 rader');
    expect(within(dialog).getByText(/Du kan stänga fönstret/)).toBeInTheDocument();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Stäng' }));
    expect(await screen.findByText('Exporterar organisationer: 1 av 3 poster')).toBeInTheDocument();
    release();
    await waitFor(() => expect(save.requests).toHaveLength(1));
    await save.answer(ok('organisationer-2026-11-22.xlsx'));
    expect(
      await screen.findByText('Sparade organisationer-2026-11-22.xlsx, 3 rader.'),
    ).toBeInTheDocument();
  });

  it('"Avbryt export" stops it: no save dialog, no file, and it says so', async () => {
    const save = heldSaveDialog();
    const { source, release } = gatedSource();
    await renderWithSession(<DialogHost source={source} />);
    const dialog = screen.getByRole('dialog', { name: 'Exportera organisationer' });
    await startExport(dialog);
    await within(dialog).findByText('Läser 1 av 3 rader');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Avbryt export' }));
    release();
    expect(
      await within(dialog).findByText('Exporten avbröts, ingen fil sparades.'),
    ).toBeInTheDocument();
    expect(save.requests).toHaveLength(0);
    expect(within(dialog).queryByRole('button', { name: 'Avbryt export' })).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Exportera' })).toBeEnabled();
  });

  it('can still be stopped from the task bar after its dialog was closed', async () => {
    const save = heldSaveDialog();
    const { source, release } = gatedSource();
    await renderWithSession(<DialogHost source={source} />);
    const dialog = screen.getByRole('dialog', { name: 'Exportera organisationer' });
    await startExport(dialog);
    await within(dialog).findByText('Läser 1 av 3 rader');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Stäng' }));

    await userEvent.click(await screen.findByRole('button', { name: 'Avbryt export' }));
    release();
    // Told plainly, not as a success or an error.
    const notice = await screen.findByText('Exporten avbröts, ingen fil sparades.');
    expect(notice.closest('.notice')).toHaveClass('notice--info');
    expect(save.requests).toHaveLength(0);
  });

  it('waits while another long task runs', async () => {
    const { source } = gatedSource();
    useAppStore.getState().setTask({ status: 'running', label: 'Importerar', done: 1, total: 9 });
    await renderWithSession(<DialogHost source={source} />);
    const dialog = screen.getByRole('dialog', { name: 'Exportera organisationer' });
    expect(
      await within(dialog).findByText(/Vänta tills den pågående uppgiften/),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Exportera' })).toBeDisabled();
  });
});

describe('"Exportera allt" keeps going when Inställningar is left', () => {
  function SettingsHost() {
    const [isShown, setIsShown] = useState(true);
    return (
      <>
        <button type="button" onClick={() => setIsShown(false)}>
          Till Idag
        </button>
        {isShown ? <ExportAllSection /> : null}
        <TaskStatus />
      </>
    );
  }

  it('saves every table as its own sheet and shows the outcome in the task bar', async () => {
    const save = heldSaveDialog();
    await renderWithSession(<SettingsHost />);
    const button = screen.getByRole('button', { name: 'Exportera allt till Excel' });
    await waitFor(() => expect(button).toBeEnabled());
    await userEvent.click(button);
    await waitFor(() => expect(save.requests).toHaveLength(1), { timeout: 5000 });

    await userEvent.click(screen.getByRole('button', { name: 'Till Idag' }));
    await save.answer(ok('lotsbok-allt-2026-11-22.xlsx'));
    expect(
      await screen.findByText(
        'Sparade lotsbok-allt-2026-11-22.xlsx: 3 organisationer, 0 kontaktpersoner, 3 ärenden, 0 samtal, 0 uppföljningar.',
      ),
    ).toBeInTheDocument();

    const workbook = new ExcelJS.Workbook();
    const data = save.requests[0]?.data;
    await workbook.xlsx.load(Buffer.from(data as Uint8Array) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.rowCount])).toEqual([
      ['Organisationer', 4],
      ['Kontaktpersoner', 1],
      ['Ärenden', 4],
      ['Samtal', 1],
      ['Uppföljningar', 1],
    ]);
  });
});
