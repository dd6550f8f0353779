import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOrganisation } from '@renderer/features/organisations/data/organisationRepository';
import { BriefEditorPage } from '@renderer/features/briefs/BriefEditorPage';
import { resetClock, setClock } from '@renderer/lib/dates';
import { organisationInput } from '../fixtures/builders';
import { renderWithSession } from '../fixtures/renderWithSession';
import { resetDatabase } from '../fixtures/resetDatabase';

beforeEach(async () => {
  setClock(() => new Date('2026-03-05T10:00:00.000Z'));
  await resetDatabase();
  for (const name of ['Föreningen Gemenskap', 'Gemensamma kören', 'Idrottsklubben Åsen'])
    await createOrganisation(organisationInput({ name }), null);
});
afterEach(resetClock);

const options = () =>
  within(screen.getByRole('listbox', { name: 'Organisationer' }))
    .getAllByRole('option')
    .map((option) => option.textContent);

describe('OrganisationChooser', () => {
  it('is a combobox: type, move with the arrows, close with Escape, choose with Enter', async () => {
    const user = userEvent.setup();
    await renderWithSession(<BriefEditorPage />, {
      path: '/underlag/ny',
      route: '/underlag/ny?typ=organisation',
    });
    const input = await screen.findByRole('combobox', { name: 'Sök organisation' });
    expect(input).toHaveAttribute('aria-expanded', 'false');
    act(() => input.focus());

    await user.keyboard('gem');
    await waitFor(() => expect(input).toHaveAttribute('aria-expanded', 'true'));
    await waitFor(() => expect(options()).toHaveLength(2));
    expect(input).toHaveAttribute(
      'aria-controls',
      screen.getByRole('listbox', { name: 'Organisationer' }).id,
    );
    expect(screen.getByText(/^2 organisationer hittades/)).toHaveAttribute('role', 'status');
    const active = () => document.getElementById(input.getAttribute('aria-activedescendant') ?? '');
    const [first, second] = screen.getAllByRole('option');
    expect(active()).toBe(first);
    expect(first).toHaveAttribute('aria-selected', 'true');

    await user.keyboard('{ArrowDown}');
    expect(active()).toBe(second);
    expect(second).toHaveAttribute('aria-selected', 'true');
    expect(first).toHaveAttribute('aria-selected', 'false');
    await user.keyboard('{ArrowDown}');
    expect(active()).toBe(first);
    await user.keyboard('{ArrowUp}');
    expect(active()).toBe(second);
    const chosenName = second?.textContent?.replace(/\s*\d{6}-\d{4}$/, '') ?? '';

    await user.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(input).toHaveValue('gem');
    expect(input).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-expanded', 'true');

    await user.keyboard('{Enter}');
    const change = await screen.findByRole('button', { name: 'Byt organisation' });
    expect(screen.getByText(chosenName, { selector: 'strong' })).toBeInTheDocument();
    await waitFor(() => expect(change).toHaveFocus());
    const preview = screen.getByRole('region', { name: 'Förhandsvisning' });
    await within(preview).findByRole('heading', { name: `Inför möte med ${chosenName}` });

    // Back to the search with the keyboard; nothing found says so; Escape empties the field.
    await user.keyboard('{Enter}');
    const again = await screen.findByRole('combobox', { name: 'Sök organisation' });
    await waitFor(() => expect(again).toHaveFocus());
    expect(again).toHaveValue('');
    await user.keyboard('zzz');
    await screen.findByText('Ingen organisation hittades.');
    expect(again).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{Escape}');
    expect(again).toHaveValue('');
  });

  it('finds an organisation by å/ä/ö-folded words and by the first letters of a later word', async () => {
    const user = userEvent.setup();
    await renderWithSession(<BriefEditorPage />, {
      path: '/underlag/ny',
      route: '/underlag/ny?typ=organisation',
    });
    const input = await screen.findByRole('combobox', { name: 'Sök organisation' });
    act(() => input.focus());
    await user.keyboard('asen');
    await waitFor(() => expect(options()).toHaveLength(1));
    expect(options()[0]).toContain('Idrottsklubben Åsen');
    await user.keyboard('{Enter}');
    const preview = screen.getByRole('region', { name: 'Förhandsvisning' });
    await within(preview).findByRole('heading', { name: 'Inför möte med Idrottsklubben Åsen' });
  });
});
