import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@renderer/db/db';
import { createOrganisation } from '@renderer/features/organisations/data/organisationRepository';
import type { InquiryEntity } from '@renderer/domain/entities';
import { InquiriesPage } from '@renderer/features/inquiries/list/InquiriesPage';
import { nowIso, resetClock, setClock } from '@renderer/lib/dates';
import { newId } from '@renderer/lib/ids';
import { organisationInput } from '../fixtures/builders';
import { renderWithSession } from '../fixtures/renderWithSession';
import { inquiryEntity } from '../fixtures/inquiryBuilder';
import { resetDatabase } from '../fixtures/resetDatabase';
import { emptyIopChecklist } from '@renderer/features/inquiries/model/iopRules';

// jsdom lays nothing out, so the virtualised table would show no rows: give its scroll area a size.
const clientHeight = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight');
beforeAll(() => {
  Object.defineProperty(Element.prototype, 'clientHeight', {
    configurable: true,
    get(this: Element) {
      return this.classList.contains('vtable__scroll') ? 600 : 0;
    },
  });
});
afterAll(() => {
  if (clientHeight) Object.defineProperty(Element.prototype, 'clientHeight', clientHeight);
});

beforeEach(async () => {
  setClock(() => new Date(2026, 2, 11, 10, 0));
  await resetDatabase();
});
afterEach(resetClock);

const MATCH = { priorityAreaId: 'pa-barn', rationale: 'Läxhjälp', fromSuggestion: false };

/** Writes an inquiry straight to the table, inside act() so the live queries re-render. */
async function addInquiry(organisationId: string, patch: Partial<InquiryEntity>) {
  const inquiry = inquiryEntity(organisationId, { targetGroup: 'Elever', ...patch });
  await act(() => db.inquiries.add(inquiry));
  return inquiry;
}

async function organisation(name: string): Promise<string> {
  return (await act(() => createOrganisation(organisationInput({ name }), null))).id;
}

const renderPage = (route = '/arenden') =>
  renderWithSession(<InquiriesPage />, { path: '/arenden', route });
const column = (name: string) => screen.getByRole('region', { name: new RegExp(`^${name} `) });
const ctrlRight = (element: HTMLElement) =>
  fireEvent.keyDown(element, { key: 'ArrowRight', ctrlKey: true });

describe('InquiriesPage', () => {
  it('shows the board: five columns with counts, and cards with their facts', async () => {
    const { navigator } = await renderPage();
    const alfa = await organisation('Alfa Förening');
    await addInquiry(alfa, {
      estimatedYearlyValue: 12000,
      responsibleNavigatorId: navigator.id,
      priorityAreaIds: ['pa-barn'],
      matches: [MATCH],
      stage: 'matchning',
    });
    await addInquiry(alfa, { title: 'Språkcafé' });
    await addInquiry(alfa, { title: 'Sommarkollo' });

    expect(await screen.findByRole('heading', { name: 'Inkommet 2' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Ärenden' })).toBeInTheDocument();
    for (const name of ['Matchning 1', 'Överlämning 0', 'Uppföljning 0', 'Avslutat 0'])
      expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument();
    expect(screen.getByText('3 ärenden')).toBeInTheDocument();
    // Counts and cards are separate live queries: the cards may land after the counts.
    const link = await within(column('Matchning')).findByRole('link', {
      name: 'Läxhjälp för mellanstadiet',
    });
    expect(link).toHaveAttribute('href', expect.stringMatching(/^\/arenden\//));
    const card = link.closest('li') as HTMLElement;
    expect(within(card).getByText('Alfa Förening')).toBeInTheDocument();
    expect(within(card).getByText(/^12\s000 kr$/)).toBeInTheDocument();
    expect(within(card).getByText('Barn')).toBeInTheDocument();
    expect(within(card).getByText('TL')).toHaveAttribute('title', 'Test Lotsson');
    expect(screen.getByRole('radio', { name: 'Tavla' })).toHaveAttribute('aria-checked', 'true');
  });

  it('moves a card by keyboard, keeps focus on it, and refuses a move the rules forbid', async () => {
    await renderPage();
    const alfa = await organisation('Alfa Förening');
    const inquiry = await addInquiry(alfa, {});
    const link = await within(
      await screen.findByRole('region', { name: /^Inkommet 1/ }),
    ).findByRole('link', { name: inquiry.title });

    ctrlRight(link);
    await waitFor(() =>
      expect(within(column('Matchning')).getByRole('link', { name: inquiry.title })).toHaveFocus(),
    );
    expect(screen.getByText('Flyttad till Matchning')).toBeInTheDocument();

    ctrlRight(within(column('Matchning')).getByRole('link', { name: inquiry.title }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Matcha ärendet mot minst ett prioriterat område först.',
    );
    expect(within(column('Matchning')).getByRole('link', { name: inquiry.title })).toBeVisible();
    expect((await db.inquiries.get(inquiry.id))?.stage).toBe('matchning');
  });

  it('moves a matched inquiry to Överlämning and records the stage change', async () => {
    const { navigator } = await renderPage();
    const alfa = await organisation('Alfa Förening');
    const inquiry = await addInquiry(alfa, { stage: 'matchning', matches: [MATCH] });
    ctrlRight(await screen.findByRole('link', { name: inquiry.title }));

    await waitFor(() =>
      expect(
        within(column('Överlämning')).getByRole('link', { name: inquiry.title }),
      ).toHaveFocus(),
    );
    const events = await db.events
      .where('[inquiryId+at]')
      .between([inquiry.id, ''], [inquiry.id, '\uffff'])
      .toArray();
    expect(events).toEqual([
      expect.objectContaining({
        kind: 'stageChanged',
        navigatorId: navigator.id,
        changes: [{ field: 'stage', from: 'matchning', to: 'overlamning' }],
      }),
    ]);
  });

  it('asks why before closing an inquiry from the Flytta menu', async () => {
    const user = userEvent.setup();
    await renderPage();
    const inquiry = await addInquiry(await organisation('Alfa Förening'), {});
    await user.click(await screen.findByRole('button', { name: `Flytta ${inquiry.title}` }));
    expect(
      screen.queryByRole('button', { name: 'Flytta till Överlämning' }),
    ).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Flytta till Avslutat' }));

    await user.type(await screen.findByLabelText(/Varför avslutas ärendet\?/), 'Fel kommun');
    await user.click(screen.getByRole('button', { name: 'Avsluta ärendet' }));
    await waitFor(() =>
      expect(within(column('Avslutat')).getByRole('link', { name: inquiry.title })).toHaveFocus(),
    );
    expect(screen.getByText('Flyttad till Avslutat')).toBeInTheDocument();
    expect((await db.inquiries.get(inquiry.id))?.stage).toBe('avslutat');
    const [event] = await db.events.filter((row) => row.inquiryId === inquiry.id).toArray();
    expect(event?.summary).toBe('Fel kommun');
  });

  it('limits a column to 100 cards with a link to the list filtered by that stage', async () => {
    await renderPage();
    const alfa = await organisation('Alfa Förening');
    const at = nowIso();
    const base = await addInquiry(alfa, {});
    await act(() =>
      db.inquiries.bulkAdd(
        Array.from({ length: 100 }, (_, i) => ({
          ...base,
          id: newId(),
          title: `Ärende ${i}`,
          updatedAt: at,
        })),
      ),
    );
    const more = await screen.findByRole('link', { name: 'Visa alla 101 i listan' });
    // The cards and the counts are separate live queries: either may land first.
    await waitFor(() =>
      expect(
        within(column('Inkommet')).getAllByRole('link', { name: /Ärende|Läxhjälp/ }),
      ).toHaveLength(100),
    );
    expect(more.getAttribute('href')).toMatch(/steg=inkommet/);
    expect(more.getAttribute('href')).toMatch(/vy=lista/);
  });

  it('lists inquiries filtered by text from the URL-backed search field', async () => {
    const user = userEvent.setup();
    await renderPage('/arenden?vy=lista');
    const alfa = await organisation('Alfa Förening');
    await addInquiry(alfa, {});
    await addInquiry(await organisation('Beta Förening'), { title: 'Språkcafé för nyanlända' });
    expect(await screen.findByText('2 ärenden')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Sök'), 'språk');
    expect(await screen.findByText('1 ärende')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Ärenden' });
    expect(
      await within(table).findByRole('link', { name: 'Språkcafé för nyanlända' }),
    ).toBeInTheDocument();
    expect(within(table).queryByText('Läxhjälp för mellanstadiet')).not.toBeInTheDocument();
    expect(within(table).getByText('Beta Förening')).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: 'Inkommet' })).toBeInTheDocument();
  });

  it('marks a flagged IOP on its card and in the list, with its comment, and filters "IOP med risk"', async () => {
    const user = userEvent.setup();
    await renderPage();
    const alfa = await organisation('Alfa Förening');
    const decided = (marknadFinns: 'ja' | 'nej', riskComment: string): Partial<InquiryEntity> => ({
      stage: 'overlamning',
      matches: [MATCH],
      priorityAreaIds: ['pa-barn'],
      handoffPath: 'iop',
      handoff: {
        path: 'iop',
        decidedAt: '2026-03-01',
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
          answer: item.criterion === 'marknadFinns' ? marknadFinns : 'ja',
        })),
        riskComment,
        closeReason: '',
      },
    });
    await addInquiry(alfa, {
      title: 'Fritidsgård',
      ...decided('ja', 'Ingen annan aktör i området.'),
    });
    await addInquiry(alfa, { title: 'Språkcafé', ...decided('nej', '') });

    const card = (
      await within(column('Överlämning')).findByRole('link', { name: 'Fritidsgård' })
    ).closest('li') as HTMLElement;
    const marker = within(card).getByText('IOP med risk');
    expect(marker).toHaveAttribute(
      'title',
      expect.stringContaining('Det finns en marknad för tjänsten — då ska den upphandlas'),
    );
    expect(within(card).getByText('Ingen annan aktör i området.')).toBeInTheDocument();
    const plain = (
      await within(column('Överlämning')).findByRole('link', { name: 'Språkcafé' })
    ).closest('li') as HTMLElement;
    expect(within(plain).queryByText('IOP med risk')).not.toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'IOP med risk' }));
    await waitFor(() =>
      expect(within(column('Överlämning')).queryByRole('link', { name: 'Språkcafé' })).toBeNull(),
    );
    expect(within(column('Överlämning')).getByRole('link', { name: 'Fritidsgård' })).toBeVisible();

    await user.click(screen.getByRole('radio', { name: 'Lista' }));
    const table = await screen.findByRole('table', { name: 'Ärenden' });
    const row = (await within(table).findByRole('link', { name: 'Fritidsgård' })).closest(
      '[role="row"]',
    ) as HTMLElement;
    expect(within(row).getByText('IOP med risk')).toHaveAttribute(
      'title',
      expect.stringContaining('Kommentar till risken: Ingen annan aktör i området.'),
    );
    expect(screen.getByText('1 ärende')).toBeInTheDocument();
  });

  it('lists everything newest first, and ticked inquiries become a meeting agenda brief', async () => {
    const user = userEvent.setup();
    await renderPage('/arenden?vy=lista');
    const alfa = await organisation('Alfa Förening');
    const older = await addInquiry(alfa, {
      title: 'Äldre ärende',
      updatedAt: '2026-01-01T10:00:00.000Z',
    });
    const newer = await addInquiry(alfa, {
      title: 'Nyare ärende',
      updatedAt: '2026-02-01T10:00:00.000Z',
    });
    expect(await screen.findByText('2 ärenden')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Ärenden' });
    const links = await within(table).findAllByRole('link', { name: /ärende$/ });
    expect(links.map((link) => link.textContent)).toEqual(['Nyare ärende', 'Äldre ärende']);

    await user.click(within(table).getByRole('checkbox', { name: 'Välj Nyare ärende' }));
    await user.click(within(table).getByRole('checkbox', { name: 'Välj Äldre ärende' }));
    const bar = screen.getByRole('region', { name: 'Urval' });
    expect(within(bar).getByText('2 valda ärenden')).toBeInTheDocument();
    const agenda = within(bar).getByRole('link', { name: 'Skapa mötesunderlag' });
    const params = new URLSearchParams(agenda.getAttribute('href')?.split('?')[1]);
    expect(params.get('typ')).toBe('agenda');
    expect(params.get('arenden')).toBe(`${newer.id},${older.id}`);

    await user.click(within(bar).getByRole('button', { name: 'Rensa urval' }));
    expect(screen.queryByRole('region', { name: 'Urval' })).not.toBeInTheDocument();
    expect(within(table).getByRole('checkbox', { name: 'Välj Nyare ärende' })).not.toBeChecked();
  });

  it('saves the current filters as a view, lists it, and deletes it', async () => {
    const user = userEvent.setup();
    await renderPage('/arenden?vy=lista&vag=iop');
    await user.click(await screen.findByRole('button', { name: 'Spara vy…' }));
    await user.type(screen.getByLabelText(/Namn på vyn/), 'Alla IOP');
    await user.click(screen.getByRole('button', { name: 'Spara' }));

    expect(await screen.findByText('Vyn ”Alla IOP” sparades.')).toBeInTheDocument();
    const select = screen.getByLabelText('Sparade vyer');
    expect(within(select).getByRole('option', { name: 'Alla IOP' })).toBeInTheDocument();
    expect(select).toHaveDisplayValue('Alla IOP');
    expect(await db.savedViews.toArray()).toEqual([
      expect.objectContaining({ scope: 'inquiries', name: 'Alla IOP', query: 'vag=iop&vy=lista' }),
    ]);

    await user.click(screen.getByRole('button', { name: 'Ta bort vyn Alla IOP' }));
    await waitFor(() =>
      expect(within(select).queryByRole('option', { name: 'Alla IOP' })).toBeNull(),
    );
  });

  it('shows my open inquiries from the built-in view', async () => {
    const user = userEvent.setup();
    const { navigator } = await renderPage();
    const alfa = await organisation('Alfa Förening');
    await addInquiry(alfa, { title: 'Mitt öppna', responsibleNavigatorId: navigator.id });
    await addInquiry(alfa, {
      title: 'Mitt avslutade',
      responsibleNavigatorId: navigator.id,
      stage: 'avslutat',
    });
    await addInquiry(alfa, { title: 'Någon annans' });

    await user.selectOptions(await screen.findByLabelText('Sparade vyer'), 'Mina öppna');
    expect(await screen.findByText('1 ärende')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Mitt öppna' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Lista' })).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByLabelText('Bara öppna ärenden')).toBeChecked();
  });
});
