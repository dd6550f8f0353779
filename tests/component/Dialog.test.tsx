import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Dialog } from '@renderer/ui/Dialog';

/** Opens a dialog that is either removed on close or kept mounted with isOpen false. */
function Opener({ keepMounted }: { keepMounted: boolean }) {
  const [isOpen, setIsOpen] = useState(false);
  const dialog = (
    <Dialog title="Flytta uppföljning" isOpen={isOpen} onClose={() => setIsOpen(false)}>
      <button type="button" onClick={() => setIsOpen(false)}>
        Stäng
      </button>
    </Dialog>
  );
  return (
    <>
      <button type="button" onClick={() => setIsOpen(true)}>
        Flytta
      </button>
      {keepMounted || isOpen ? dialog : null}
    </>
  );
}

describe('Dialog', () => {
  // StrictMode as in development: effects run twice, which must not lose the opener.
  it.each([
    ['removed when closed', false],
    ['kept mounted and closed', true],
  ])('gives focus back to its opener when %s', async (_name, keepMounted) => {
    const user = userEvent.setup();
    render(
      <StrictMode>
        <Opener keepMounted={keepMounted} />
      </StrictMode>,
    );
    const opener = screen.getByRole('button', { name: 'Flytta' });
    await user.click(opener);
    await screen.findByRole('dialog', { name: 'Flytta uppföljning' });
    await user.click(screen.getByRole('button', { name: 'Stäng' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Flytta uppföljning' })).not.toBeInTheDocument(),
    );
    expect(opener).toHaveFocus();
  });
});
