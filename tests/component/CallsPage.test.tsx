import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@renderer/db/db';
import { createContactPerson } from '@renderer/features/contacts/data/contactPersonRepository';
import { createOrganisation } from '@renderer/features/organisations/data/organisationRepository';
import { EMPTY_CONTACT_PERSON_INPUT } from '@renderer/features/contacts/model/contactPersonInput';
import type { CallEntity } from '@renderer/domain/entities';
import { CallsPage } from '@renderer/features/calls/list/CallsPage';
import { nowIso, resetClock, setClock } from '@renderer/lib/dates';
import { newId } from '@renderer/lib/ids';
import { organisationInput } from '../fixtures/builders';
import { renderWithSession } from '../fixtures/renderWithSession';
import { resetDatabase } from '../fixtures/resetDatabase';

// jsdom lays nothing out, so the virtualised table would show no rows: give its scroll area a size.
const clientHeight = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight');
const clientWidth = Object.getOwnPropertyDescriptor(Element.prototype, 'clientWidth');
beforeAll(() => {
  const sized = (size: number) => ({
    configurable: true,
    get(this: Element) {
      return this.classList.contains('vtable__scroll') ? size : 0;
    },
  });
  Object.defineProperty(Element.prototype, 'clientHeight', sized(600));
  Object.defineProperty(Element.prototype, 'clientWidth', sized(1000));
});
afterAll(() => {
  if (clientHeight) Object.defineProperty(Element.prototype, 'clientHeight', clientHeight);
  if (clientWidth) Object.defineProperty(Element.prototype, 'clientWidth', clientWidth);
});

beforeEach(async () => {
  // Wednesday 11 March 2026, mid-morning local time.
  setClock(() => new Date(2026, 2, 11, 10, 0));
  await resetDatabase();
});

afterEach(resetClock);

/** A call `daysAgo` days before the fixed today, at 09:30 local time. */
async function addCall(
  daysAgo: number,
  patch: Partial<CallEntity> & Pick<CallEntity, 'organisationId'>,
): Promise<CallEntity> {
  const at = nowIso();
  const call: CallEntity = {
    id: newId(),
    contactPersonId: null,
    inquiryId: null,
    navigatorId: null,
    occurredAt: new Date(2026, 2, 11 - daysAgo, 9, 30).toISOString(),
    direction: 'inkommande',
    durationMinutes: 5,
    outcome: 'talade_med',
    summary: 'Pratade om lokaler',
    noteKind: 'tjansteanteckning',
    createdAt: at,
    updatedAt: at,
    ...patch,
  };
  // Written after the page is shown, so its live query re-renders inside act().
  await act(() => db.calls.add(call));
  return call;
}

async function organisation(name: string): Promise<string> {
  return (await act(() => createOrganisation(organisationInput({ name }), null))).id;
}

async function renderCalls(route = '/samtal') {
  return renderWithSession(<CallsPage />, { path: '/samtal', route });
}

async function seed(navigatorId: string | null) {
  const alfa = await organisation('Alfa Förening');
  const beta = await organisation('Beta Förening');
  const gamma = await organisation('Gamma Förening');
  const kim = await act(() =>
    createContactPerson(alfa, { ...EMPTY_CONTACT_PERSON_INPUT, name: 'Kim Karlsson' }, null),
  );
  await addCall(0, {
    organisationId: alfa,
    contactPersonId: kim.id,
    navigatorId,
    summary: 'Vill starta läxhjälp\nMer text på rad två',
  });
  await addCall(3, {
    organisationId: beta,
    direction: 'utgaende',
    outcome: 'inget_svar',
    summary: 'Privat påminnelse',
    noteKind: 'minnesanteckning',
  });
  await addCall(40, { organisationId: gamma, summary: 'Gammalt samtal' });
  return { alfa, beta, gamma };
}

const table = () => screen.findByRole('table', { name: 'Samtal' });

describe('CallsPage', () => {
  it('lists the last 30 days of calls with names, labels and the memo badge', async () => {
    const { navigator } = await renderCalls();
    await seed(navigator.id);

    expect(await screen.findByText('2 samtal')).toBeInTheDocument();
    const rows = within(await table()).getAllByRole('row');
    expect(rows).toHaveLength(3);
    const [, newest, older] = rows as [HTMLElement, HTMLElement, HTMLElement];
    expect(await within(newest).findByRole('link', { name: 'Alfa Förening' })).toBeInTheDocument();
    expect(within(newest).getByText('Kim Karlsson')).toBeInTheDocument();
    expect(within(newest).getByText('Inkommande')).toBeInTheDocument();
    expect(within(newest).getByText('Talade med')).toBeInTheDocument();
    expect(within(newest).getByText('Vill starta läxhjälp')).toBeInTheDocument();
    expect(within(newest).getByText('TL')).toBeInTheDocument();
    expect(within(older).getByText('Minnesanteckning')).toBeInTheDocument();
    expect(within(older).getByText('Utgående')).toBeInTheDocument();
    expect(screen.queryByText('Gamma Förening')).not.toBeInTheDocument();
  });

  it('filters by direction and outcome, and keeps the filters in the URL', async () => {
    const user = userEvent.setup();
    const { navigator } = await renderCalls();
    await seed(navigator.id);
    await screen.findByText('2 samtal');

    await user.selectOptions(screen.getByLabelText('Riktning'), 'Utgående');
    expect(await screen.findByText('1 samtal')).toBeInTheDocument();
    expect(
      await within(await table()).findByRole('link', { name: 'Beta Förening' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Alfa Förening' })).not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Utfall'), 'Talade med');
    expect(
      await screen.findByRole('heading', { name: 'Inga samtal i perioden.' }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Rensa filter' }));
    expect(await screen.findByText('2 samtal')).toBeInTheDocument();
    expect(screen.getByLabelText('Riktning')).toHaveValue('');
  });

  it('reads the filters from the URL', async () => {
    const { navigator } = await renderCalls('/samtal?utfall=inget_svar');
    await seed(navigator.id);
    expect(await screen.findByText('1 samtal')).toBeInTheDocument();
    expect(screen.getByLabelText('Utfall')).toHaveValue('inget_svar');
  });

  it('excludes calls before the period and includes them when the period is widened', async () => {
    const { navigator } = await renderCalls();
    await seed(navigator.id);
    await screen.findByText('2 samtal');
    expect(screen.getByLabelText('Från')).toHaveValue('2026-02-09');
    expect(screen.getByLabelText('Till')).toHaveValue('2026-03-11');

    fireEvent.change(screen.getByLabelText('Från'), { target: { value: '2026-01-01' } });
    expect(await screen.findByText('3 samtal')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Gamma Förening' })).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('Till'), { target: { value: '2026-03-09' } });
    expect(await screen.findByText('2 samtal')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'Alfa Förening' })).not.toBeInTheDocument(),
    );
  });

  it('shows one organisation’s calls from ?organisation= with a link back to all', async () => {
    const user = userEvent.setup();
    const { beta } = await seed(null);
    await renderCalls(`/samtal?organisation=${beta}&fran=2026-01-01`);
    expect(await screen.findByText(/Visar bara samtal med Beta Förening/)).toBeInTheDocument();
    expect(await screen.findByText('1 samtal')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Visa alla' }));
    expect(await screen.findByText('3 samtal')).toBeInTheDocument();
    expect(screen.queryByText(/Visar bara samtal med/)).not.toBeInTheDocument();
    // The other filters stay.
    expect(screen.getByLabelText('Från')).toHaveValue('2026-01-01');
  });

  it('pages a long period from the index: newest first, counted, and rows further down on scrolling', async () => {
    const { navigator } = await renderCalls('/samtal?fran=2025-01-01');
    const alfa = await organisation('Alfa Förening');
    const at = nowIso();
    // 450 calls, one per day back from today: call 0 is the newest.
    const calls: CallEntity[] = Array.from({ length: 450 }, (_, i) => ({
      id: newId(),
      organisationId: alfa,
      contactPersonId: null,
      inquiryId: null,
      navigatorId: navigator.id,
      occurredAt: new Date(2026, 2, 11 - i, 9, 30).toISOString(),
      direction: 'inkommande',
      durationMinutes: 5,
      outcome: 'talade_med',
      summary: `Samtal nummer ${i}`,
      noteKind: 'tjansteanteckning',
      createdAt: at,
      updatedAt: at,
    }));
    await act(() => db.calls.bulkAdd(calls));
    // From 2025-01-01 to today: 435 days, today included.
    expect(await screen.findByText('435 samtal')).toBeInTheDocument();
    const rows = within(await table()).getAllByRole('row');
    expect(await within(rows[1] as HTMLElement).findByText('Samtal nummer 0')).toBeInTheDocument();

    const scroller = document.querySelector('.vtable__scroll') as HTMLElement;
    await act(async () => {
      scroller.scrollTop = 300 * 44;
      scroller.dispatchEvent(new Event('scroll'));
    });
    expect(await screen.findByText('Samtal nummer 300')).toBeInTheDocument();

    // A new call today is listed first and counted.
    await addCall(0, { organisationId: alfa, summary: 'Alldeles nytt samtal' });
    expect(await screen.findByText('436 samtal')).toBeInTheDocument();
  });
});
