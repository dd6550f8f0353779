import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as briefQueries from '@renderer/features/briefs/data/briefQueries';
import { db } from '@renderer/db/db';
import * as figuresModule from '@renderer/features/briefs/model/managementFigures';
import { createOrganisation } from '@renderer/features/organisations/data/organisationRepository';
import { BriefEditorPage } from '@renderer/features/briefs/BriefEditorPage';
import { resetClock, setClock } from '@renderer/lib/dates';
import { organisationInput } from '../fixtures/builders';
import { addInquiry } from '../fixtures/inquiryBuilder';
import { renderWithSession } from '../fixtures/renderWithSession';
import { resetDatabase } from '../fixtures/resetDatabase';

// Count the loads and the figure computations; both call the real code.
vi.mock('@renderer/features/briefs/data/briefQueries', async (importOriginal) => {
  const actual =
    await importOriginal<typeof import('@renderer/features/briefs/data/briefQueries')>();
  return { ...actual, loadManagementBriefData: vi.fn(actual.loadManagementBriefData) };
});
vi.mock('@renderer/features/briefs/model/managementFigures', async (importOriginal) => {
  const actual =
    await importOriginal<typeof import('@renderer/features/briefs/model/managementFigures')>();
  return { ...actual, managementFigures: vi.fn(actual.managementFigures) };
});

beforeEach(async () => {
  setClock(() => new Date('2026-03-05T10:00:00.000Z'));
  await resetDatabase();
  const { id } = await createOrganisation(
    organisationInput({ name: 'Föreningen Gemenskap' }),
    null,
  );
  for (const receivedAt of ['2025-03-10', '2026-01-12', '2026-02-20'])
    await addInquiry(id, { receivedAt: `${receivedAt}T10:00:00.000Z` });
  vi.mocked(briefQueries.loadManagementBriefData).mockClear();
  vi.mocked(figuresModule.managementFigures).mockClear();
});
afterEach(resetClock);

const preview = () => screen.getByRole('region', { name: 'Förhandsvisning' });
const newInquiries = () =>
  within(preview()).getByText('Nya ärenden', { selector: 'dt' }).nextElementSibling?.textContent;

describe('management summary preview', () => {
  it('shows that the figures are being worked out, never the old ones, and keeps them while text is typed', async () => {
    const user = userEvent.setup();
    await renderWithSession(<BriefEditorPage />, {
      path: '/underlag/ny',
      route: '/underlag/ny?typ=management&fran=2026-01-01&till=2026-03-31',
    });
    await waitFor(() => expect(newInquiries()).toBe('2'));
    const loads = vi.mocked(briefQueries.loadManagementBriefData).mock.calls.length;
    const computed = vi.mocked(figuresModule.managementFigures).mock.calls.length;
    expect(computed).toBeGreaterThan(0);

    await user.type(screen.getByRole('textbox', { name: 'Sammanfattning' }), 'Fler IOP');
    await within(preview()).findByText('Fler IOP');
    expect(vi.mocked(briefQueries.loadManagementBriefData).mock.calls.length).toBe(loads);
    expect(vi.mocked(figuresModule.managementFigures).mock.calls.length).toBe(computed);
    expect(newInquiries()).toBe('2');

    // A new period: at once a loading sheet in place of the document, then the new figures.
    fireEvent.change(screen.getByLabelText('Perioden från'), { target: { value: '2025-01-01' } });
    expect(within(preview()).getByRole('status')).toHaveTextContent(
      'Räknar fram siffrorna för perioden…',
    );
    expect(within(preview()).queryByRole('article')).not.toBeInTheDocument();
    await waitFor(() => expect(newInquiries()).toBe('3'));

    // Still live: a new inquiry in the period shows up without any other change.
    const [inquiry] = await db.inquiries.toArray();
    await addInquiry(inquiry?.organisationId ?? '', { receivedAt: '2026-03-01T10:00:00.000Z' });
    await waitFor(() => expect(newInquiries()).toBe('4'));
    expect(vi.mocked(briefQueries.loadManagementBriefData).mock.calls.length).toBeGreaterThan(
      loads,
    );
  }, 20_000);
});
