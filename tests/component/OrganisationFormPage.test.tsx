import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@renderer/db/db';
import { OrganisationFormPage } from '@renderer/features/organisations/OrganisationFormPage';
import { renderWithSession } from '../fixtures/renderWithSession';
import { resetDatabase } from '../fixtures/resetDatabase';

beforeEach(resetDatabase);

describe('OrganisationFormPage', () => {
  it('explains an invalid organisationsnummer and saves nothing', async () => {
    const user = userEvent.setup();
    await renderWithSession(<OrganisationFormPage />, {
      path: '/organisationer/ny',
      route: '/organisationer/ny',
    });
    await user.type(await screen.findByLabelText(/^Namn/), 'Cykelkooperativet Hisingen');
    await user.type(screen.getByLabelText('Organisationsnummer'), '556016-0681');
    await user.tab();
    expect(await screen.findByText(/Kontrollsiffran stämmer inte/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(screen.getByLabelText('Organisationsnummer')).toHaveAttribute('aria-invalid', 'true');
    expect(await db.organisations.count()).toBe(0);
  });

  it('saves a valid organisation with the navigator as author, from Ctrl+Enter', async () => {
    const user = userEvent.setup();
    const { navigator } = await renderWithSession(<OrganisationFormPage />, {
      path: '/organisationer/ny',
      route: '/organisationer/ny',
    });
    await user.type(await screen.findByLabelText(/^Namn/), 'Äldreomsorgens vänner');
    await user.type(screen.getByLabelText('Organisationsnummer'), '8020051952');
    expect(screen.getByText('Nummergrupp: Ideell förening eller stiftelse')).toBeInTheDocument();
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByText('Detaljsida')).toBeInTheDocument();
    const [saved] = await db.organisations.toArray();
    expect(saved).toMatchObject({
      name: 'Äldreomsorgens vänner',
      orgNumber: '802005-1952',
      createdBy: navigator.id,
    });
    expect(await db.drafts.count()).toBe(0);
  });

  it('keeps typed text as a draft and restores it when the form is opened again', async () => {
    const user = userEvent.setup();
    const first = await renderWithSession(<OrganisationFormPage />, {
      path: '/organisationer/ny',
      route: '/organisationer/ny',
    });
    await user.type(await screen.findByLabelText(/^Namn/), 'Halvfärdig');
    await waitFor(async () =>
      expect((await db.drafts.get('organisation:new'))?.value).toMatchObject({
        name: 'Halvfärdig',
      }),
    );
    first.unmount();
    await renderWithSession(<OrganisationFormPage />, {
      path: '/organisationer/ny',
      route: '/organisationer/ny',
    });
    expect(await screen.findByDisplayValue('Halvfärdig')).toBeInTheDocument();
    expect(screen.getByText(/osparat utkast/)).toBeInTheDocument();
  });
});
