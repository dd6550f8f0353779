import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@renderer/db/db';
import { ImportPage } from '@renderer/features/imports/ImportPage';
import { importFixture } from '../fixtures/import/importPipeline';
import { renderWithSession } from '../fixtures/renderWithSession';
import { resetDatabase } from '../fixtures/resetDatabase';

// The OS edge only: the file dialogs of the host.
const host = vi.hoisted(() => ({
  openFile: vi.fn(),
  saveFile: vi.fn(),
}));
vi.mock('@renderer/lib/platform', () => ({
  platform: { openFile: host.openFile, saveFile: host.saveFile },
  isDesktop: false,
}));

// fake-indexeddb under jsdom is slow when the CPUs are shared; writes may take seconds.
const SLOW = { timeout: 10_000 };

beforeEach(async () => {
  await resetDatabase();
  host.openFile.mockResolvedValue({
    ok: true,
    value: { name: 'lista.csv', data: importFixture('messy-utf8-bom.csv') },
  });
  host.saveFile.mockResolvedValue({ ok: true, value: 'importfel-lista.csv' });
});

describe('ImportPage', () => {
  it(
    'reads, maps, dry-runs, saves an error report, commits and undoes an import',
    { timeout: 30_000 },
    async () => {
      const user = userEvent.setup();
      await renderWithSession(<ImportPage />);
      expect(await screen.findByText('Inga importer ännu.')).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'Välj fil…' }));
      expect(await screen.findByText('lista.csv: 12 rader, 13 kolumner')).toBeInTheDocument();
      const nameColumn = screen.getByLabelText('Importera kolumnen Organisation som');
      expect(nameColumn).toHaveValue('organisation.name');

      // Without a name column there is nothing to import: the dry run waits for it.
      await user.selectOptions(nameColumn, '');
      expect(screen.getByText(/Koppla en kolumn till Organisation: namn/)).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Provkör' })).toBeDisabled();
      await user.selectOptions(nameColumn, 'organisation.name');

      await user.click(screen.getByRole('button', { name: 'Provkör' }));
      expect(
        await screen.findByText('Ny: 4 · Uppdateras: 1 · Hoppas över: 1 · Fel: 6', {}, SLOW),
      ).toBeInTheDocument();
      expect(await db.organisations.count()).toBe(0);

      // Changing the policy after the dry run asks for a new one before importing.
      await user.click(screen.getByLabelText('Hoppa över raden'));
      expect(screen.getByText(/Provkör igen innan du importerar/)).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Importera 5 rader' })).toBeDisabled();
      await user.click(screen.getByLabelText('Fyll i tomma fält'));

      await user.click(screen.getByRole('button', { name: 'Ladda ner felrapport (CSV)' }));
      expect(host.saveFile).toHaveBeenCalledWith(
        expect.objectContaining({ suggestedName: 'importfel-lista.csv' }),
      );
      const report = String(host.saveFile.mock.calls[0]?.[0]?.data);
      expect(report).toContain('Organisationsnummer: Kontrollsiffran stämmer inte');
      expect(report).not.toContain('Organisation: organisationsnummer:');
      // Row 7's number is a personnummer: named as one, and left out of the report.
      expect(report).toMatch(
        /7;Personnummerföreningen;\(personnummer borttaget\);.*Organisationsnummer: Det här ser ut som ett personnummer\..*Personnumret är borttaget ur felrapporten\./,
      );
      expect(report).not.toContain('811218-9876');

      await user.click(screen.getByRole('button', { name: 'Importera 5 rader' }));
      expect(
        await screen.findByText(/^Importen är klar: 4 nya, 1 kompletterade/, {}, SLOW),
      ).toBeInTheDocument();
      expect(await db.organisations.count()).toBe(4);
      // The same rows cannot be imported twice: the steps give way to the result.
      expect(screen.queryByRole('button', { name: /^Provkör/ })).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /^Importera \d/ })).not.toBeInTheDocument();
      expect(screen.queryByText('lista.csv: 12 rader, 13 kolumner')).not.toBeInTheDocument();
      expect(screen.getByRole('heading', { name: 'Resultat' })).toHaveFocus();
      expect(screen.getByRole('link', { name: 'Visa organisationerna' })).toBeInTheDocument();

      await user.click(await screen.findByRole('button', { name: 'Ångra importen av lista.csv' }));
      const dialog = await screen.findByRole('dialog');
      await user.click(within(dialog).getByRole('button', { name: 'Ångra importen' }));
      expect(
        await screen.findByText('Importen av ”lista.csv” är ångrad.', {}, SLOW),
      ).toBeInTheDocument();
      await waitFor(async () => expect(await db.organisations.count()).toBe(0));
      // The result no longer claims an import that is gone.
      expect(
        await screen.findByText(/^Importen av ”lista.csv” är ångrad: det den skapade är borttaget/),
      ).toBeInTheDocument();
      expect(screen.queryByText(/^Importen är klar/)).not.toBeInTheDocument();
      expect(screen.queryByRole('link', { name: 'Visa organisationerna' })).not.toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'Importera en fil till' }));
      expect(screen.getByRole('button', { name: 'Välj fil…' })).toHaveFocus();
      expect(screen.queryByRole('heading', { name: 'Resultat' })).not.toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Välj fil…' }));
      expect(await screen.findByRole('button', { name: 'Provkör' })).toBeEnabled();
    },
  );

  it('says why an empty or binary file cannot be imported', async () => {
    const user = userEvent.setup();
    await renderWithSession(<ImportPage />);
    host.openFile.mockResolvedValueOnce({
      ok: true,
      value: { name: 'tom.csv', data: importFixture('empty.csv') },
    });
    await user.click(screen.getByRole('button', { name: 'Välj fil…' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Filen är tom.');
    host.openFile.mockResolvedValueOnce({
      ok: true,
      value: { name: 'bild.png', data: importFixture('binary.png') },
    });
    await user.click(screen.getByRole('button', { name: 'Välj en annan fil…' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Filen ser inte ut som ett kalkylblad',
    );
  });
});
