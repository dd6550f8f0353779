import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fail, ok } from '@shared/result';
import type { SaveFileRequest } from '@shared/desktopApi';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_INQUIRY_QUERY,
  type InquiryListQuery,
} from '@renderer/features/inquiries/data/inquiryQueries';
import { createOrganisation } from '@renderer/features/organisations/data/organisationRepository';
import { InquiryExport } from '@renderer/features/exports/InquiryExport';
import { resetClock, setClock } from '@renderer/lib/dates';
import { platform } from '@renderer/lib/platform';
import { organisationInput } from '../fixtures/builders';
import { addInquiry } from '../fixtures/inquiryBuilder';
import { renderWithSession } from '../fixtures/renderWithSession';
import { resetDatabase } from '../fixtures/resetDatabase';
import { emptyIopChecklist } from '@renderer/features/inquiries/model/iopRules';

beforeEach(async () => {
  setClock(() => new Date(2026, 10, 22, 10, 0));
  await resetDatabase();
  const organisation = await createOrganisation(organisationInput({ name: 'Öppna Dörren' }), null);
  await addInquiry(organisation.id, {
    title: 'Läxhjälp',
    stage: 'matchning',
    estimatedYearlyValue: 120000,
    updatedAt: '2026-11-20T10:00:00.000Z',
    receivedAt: '2026-11-02T10:00:00.000Z',
  });
  await addInquiry(organisation.id, {
    title: '=cmd|calc',
    stage: 'avslutat',
    updatedAt: '2026-11-21T10:00:00.000Z',
  });
});
afterEach(() => {
  resetClock();
  vi.restoreAllMocks();
});

/** The host's save dialog is the OS edge: record what would be written, answer as the host would. */
function mockSave(answer = ok<string | null>('/home/anna/arenden-2026-11-22.csv')) {
  const requests: SaveFileRequest[] = [];
  vi.spyOn(platform, 'saveFile').mockImplementation(async (request) => {
    requests.push(request);
    return answer;
  });
  return requests;
}

type OpenOptions = { openOnly?: boolean; isBoard?: boolean; query?: InquiryListQuery };

/** Renders the export button as a list would, opens the dialog and waits for its row count. */
async function openDialog(
  expectedCount: string,
  { openOnly = false, isBoard = false, query = DEFAULT_INQUIRY_QUERY }: OpenOptions = {},
) {
  await renderWithSession(
    <InquiryExport query={query} openOnly={openOnly} isBoard={isBoard} search="" />,
  );
  await userEvent.click(screen.getByRole('button', { name: 'Exportera' }));
  const dialog = screen.getByRole('dialog', { name: 'Exportera ärenden' });
  await within(dialog).findByText(expectedCount);
  return dialog;
}

const csvRows = (data: SaveFileRequest['data']) =>
  Papa.parse<string[]>(String(data).slice(1), { delimiter: ';', newline: '\r\n' }).data;

describe('ExportDialog', () => {
  it('exports the list’s rows as CSV with the chosen columns in the chosen order', async () => {
    const requests = mockSave();
    const dialog = await openDialog('2 ärenden');
    const d = within(dialog);
    await userEvent.click(d.getByRole('radio', { name: /^CSV/ }));
    await userEvent.click(d.getByRole('checkbox', { name: 'Prioriterade områden' }));
    await userEvent.click(d.getByRole('button', { name: 'Flytta upp: Steg' }));
    // Focus stays on the moved column, so Enter moves it again.
    expect(d.getByRole('button', { name: 'Flytta upp: Steg' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await userEvent.click(d.getByRole('button', { name: 'Exportera' }));

    await d.findByText('Sparade arenden-2026-11-22.csv, 2 rader.');
    expect(requests).toHaveLength(1);
    expect(requests[0]?.suggestedName).toBe('arenden-2026-11-22.csv');
    const [header, ...rows] = csvRows(requests[0]?.data ?? '');
    expect(header?.slice(0, 4)).toEqual([
      'Steg',
      'Rubrik',
      'Organisation',
      'Uppskattat värde per år (kr)',
    ]);
    expect(header).not.toContain('Prioriterade områden');
    // Newest change first, as the list; the formula is neutralised; labels, not codes.
    expect(rows.map((row) => row.slice(0, 5))).toEqual([
      ['Avslutat', "'=cmd|calc", 'Öppna Dörren', '', '2026-11-22'],
      ['Matchning', 'Läxhjälp', 'Öppna Dörren', '120000', '2026-11-02'],
    ]);
  });

  it('exports a flagged IOP with its risk and the comment in their own columns', async () => {
    const requests = mockSave();
    const organisation = await createOrganisation(organisationInput({ name: 'Parken' }), null);
    await addInquiry(organisation.id, {
      title: 'Fritidsgård',
      stage: 'overlamning',
      handoffPath: 'iop',
      handoff: {
        path: 'iop',
        decidedAt: '2026-11-01',
        decidedBy: 'Anna',
        rationale: '',
        unitId: null,
        unitContact: '',
        thresholdsAtDecision: {
          internalDirectProcurementLimit: 100_000,
          legalDirectProcurementLimit: 700_000,
          documentationDutyLimit: 100_000,
        },
        reservedProcurement: false,
        iopChecklist: emptyIopChecklist().map((item) => ({
          ...item,
          answer:
            item.criterion === 'badaParterBidrar'
              ? 'nej'
              : item.criterion === 'marknadFinns'
                ? 'nej'
                : 'ja',
        })),
        riskComment: 'Föreningen bidrar med lokaler.',
        closeReason: '',
      },
      updatedAt: '2026-11-22T09:00:00.000Z',
    });
    const dialog = await openDialog('3 ärenden');
    await userEvent.click(within(dialog).getByRole('radio', { name: /^CSV/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Exportera' }));
    await within(dialog).findByText(/^Sparade/);
    const [header = [], ...rows] = csvRows(requests[0]?.data ?? '');
    const risk = header.indexOf('IOP-risk');
    const comment = header.indexOf('Kommentar till IOP-risken');
    expect(risk).toBeGreaterThan(-1);
    expect(rows.map((row) => [row[0], row[risk], row[comment]])).toEqual([
      [
        'Fritidsgård',
        'Båda parter bidrar inte — när bara kommunen betalar för en tjänst liknar det ett köp.',
        'Föreningen bidrar med lokaler.',
      ],
      ["'=cmd|calc", '', ''],
      ['Läxhjälp', '', ''],
    ]);
  });

  it('remembers the column choice for the next export', async () => {
    mockSave();
    const dialog = await openDialog('2 ärenden');
    await userEvent.click(within(dialog).getByRole('radio', { name: /^CSV/ }));
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Rubrik' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Exportera' }));
    await within(dialog).findByText(/^Sparade/);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Stäng' }));

    await userEvent.click(screen.getByRole('button', { name: 'Exportera' }));
    const again = screen.getByRole('dialog', { name: 'Exportera ärenden' });
    await waitFor(() =>
      expect(within(again).getByRole('checkbox', { name: 'Rubrik' })).not.toBeChecked(),
    );
    await userEvent.click(within(again).getByRole('button', { name: 'Som i listan' }));
    expect(within(again).getByRole('checkbox', { name: 'Rubrik' })).toBeChecked();
  });

  it('exports only the open inquiries when the list shows only open ones, as XLSX', async () => {
    const requests = mockSave(ok('/home/anna/arenden-oppna-2026-11-22.xlsx'));
    const dialog = await openDialog('1 ärende', { openOnly: true });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Exportera' }));
    // The first XLSX export loads exceljs, which takes a moment under jsdom.
    await within(dialog).findByText(
      'Sparade arenden-oppna-2026-11-22.xlsx, 1 rad.',
      {},
      { timeout: 5000 },
    );
    expect(requests[0]?.suggestedName).toBe('arenden-oppna-2026-11-22.xlsx');
    expect(requests[0]?.data).toBeInstanceOf(Uint8Array);
  });

  it('counts the list’s stage only in the list; the board exports every stage', async () => {
    const matching: InquiryListQuery = { ...DEFAULT_INQUIRY_QUERY, stage: 'matchning' };
    await openDialog('1 ärende', { query: matching });
    cleanup();
    // The list's stage filter does not apply on the board: both inquiries are counted.
    await openDialog('2 ärenden', { query: matching, isBoard: true });
  });

  it('says so when no column is chosen, when the user cancels, and when saving fails', async () => {
    const requests = mockSave(ok(null));
    const dialog = await openDialog('2 ärenden');
    const d = within(dialog);
    const boxes = d.getAllByRole('checkbox');
    for (const box of boxes) if ((box as HTMLInputElement).checked) await userEvent.click(box);
    await userEvent.click(d.getByRole('button', { name: 'Exportera' }));
    expect(d.getByRole('alert')).toHaveTextContent('Välj minst en kolumn.');
    expect(requests).toHaveLength(0);

    await userEvent.click(d.getByRole('button', { name: 'Välj alla' }));
    await userEvent.click(d.getByRole('button', { name: 'Exportera' }));
    await d.findByText('Ingen fil sparades (du avbröt).');

    vi.mocked(platform.saveFile).mockResolvedValue(fail('Disken är full'));
    await act(() => userEvent.click(d.getByRole('button', { name: 'Exportera' })));
    expect(await d.findByRole('alert')).toHaveTextContent(
      'Exporten misslyckades, ingen fil sparades: Disken är full',
    );
  });
});
