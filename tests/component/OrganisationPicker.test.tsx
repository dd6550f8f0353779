import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { createOrganisation } from '@renderer/features/organisations/data/organisationRepository';
import {
  OrganisationPicker,
  type PickedOrganisation,
} from '@renderer/features/calls/log/OrganisationPicker';
import { i18n } from '@renderer/i18n/i18n';
import { organisationInput } from '../fixtures/builders';
import { resetDatabase } from '../fixtures/resetDatabase';

beforeEach(resetDatabase);

/** The picker as the call dialog holds it: the text in state, the pick shown. */
function Picker() {
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<PickedOrganisation | null>(null);
  return (
    <>
      <OrganisationPicker query={query} onQueryChange={setQuery} onPick={setPicked} />
      <p>Vald: {picked ? `${picked.name} (${picked.id ?? 'ny'})` : 'ingen'}</p>
    </>
  );
}

describe('OrganisationPicker', () => {
  it('closes its list on Escape, and arrow keys open it again', async () => {
    await act(() => createOrganisation(organisationInput({ name: 'Läxhjälpen' }), null));
    const user = userEvent.setup();
    render(
      <I18nextProvider i18n={i18n}>
        <Picker />
      </I18nextProvider>,
    );
    const input = screen.getByRole('combobox', { name: 'Organisation' });
    await user.type(input, 'Läx');
    await screen.findByRole('option', { name: 'Läxhjälpen' });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{ArrowDown}');
    expect(await screen.findByRole('option', { name: 'Läxhjälpen' })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(await screen.findByText(/^Vald: Läxhjälpen \(/)).toBeInTheDocument();
  });
});
