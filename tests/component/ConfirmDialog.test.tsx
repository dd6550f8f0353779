import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useConfirm } from '@renderer/ui/useConfirm';

/** A screen that asks before deleting, and shows what the answer was. */
function Asker({ tone }: { tone?: 'danger' | 'default' }) {
  const [confirm, confirmDialog] = useConfirm();
  const [answer, setAnswer] = useState('ingen');
  const ask = async () => {
    const isConfirmed = await confirm({
      title: 'Ta bort samtalet?',
      message: 'Det går inte att ångra.',
      confirmLabel: 'Ta bort samtalet',
      cancelLabel: 'Avbryt',
      tone,
    });
    setAnswer(isConfirmed ? 'ja' : 'nej');
  };
  return (
    <>
      <button type="button">Före</button>
      <button type="button" onClick={() => void ask()}>
        Ta bort
      </button>
      <p>Svar: {answer}</p>
      {confirmDialog}
    </>
  );
}

async function openQuestion(tone?: 'danger' | 'default') {
  const user = userEvent.setup();
  render(
    <StrictMode>
      <Asker tone={tone} />
    </StrictMode>,
  );
  const opener = screen.getByRole('button', { name: 'Ta bort' });
  await user.click(opener);
  const dialog = await screen.findByRole('dialog', { name: 'Ta bort samtalet?' });
  return { user, opener, dialog };
}

describe('useConfirm and ConfirmDialog', () => {
  it('asks with buttons that say what they do, focus on the safe choice', async () => {
    const { dialog } = await openQuestion('danger');
    expect(dialog).toHaveTextContent('Det går inte att ångra.');
    expect(screen.getByRole('button', { name: 'Avbryt' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Ta bort samtalet' })).toHaveClass(
      'confirm-dialog__confirm--danger',
    );
  });

  it('Enter on the focused safe choice answers no, and focus goes back to the opener', async () => {
    const { user, opener } = await openQuestion();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Svar: nej')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(opener).toHaveFocus());
  });

  it('Escape answers no', async () => {
    const { user, opener } = await openQuestion();
    await user.keyboard('{Escape}');
    expect(await screen.findByText('Svar: nej')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(opener).toHaveFocus());
  });

  it('Shift+Tab to the action and Enter answers yes', async () => {
    const { user, opener } = await openQuestion();
    await user.keyboard('{Shift>}{Tab}{/Shift}');
    expect(screen.getByRole('button', { name: 'Ta bort samtalet' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Svar: ja')).toBeInTheDocument();
    await waitFor(() => expect(opener).toHaveFocus());
  });

  it('keeps keys typed in the question from the form underneath (Ctrl+Enter saves there)', async () => {
    const user = userEvent.setup();
    const keysUnderneath: string[] = [];
    render(
      <div onKeyDown={(event) => keysUnderneath.push(event.key)}>
        <Asker />
      </div>,
    );
    await user.click(screen.getByRole('button', { name: 'Ta bort' }));
    await screen.findByRole('dialog', { name: 'Ta bort samtalet?' });
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(keysUnderneath).toEqual([]);
    await user.keyboard('{Escape}');
    expect(await screen.findByText('Svar: nej')).toBeInTheDocument();
  });

  it('a default question has the primary button style', async () => {
    await openQuestion('default');
    expect(screen.getByRole('button', { name: 'Ta bort samtalet' })).toHaveClass('button--primary');
  });

  it('gives focus to the main area when a confirmed delete took the opener with it', async () => {
    function Row() {
      const [confirm, confirmDialog] = useConfirm();
      const [isGone, setIsGone] = useState(false);
      const remove = async () => {
        const isConfirmed = await confirm({
          title: 'Ta bort samtalet?',
          message: 'Det går inte att ångra.',
          confirmLabel: 'Ta bort samtalet',
          cancelLabel: 'Avbryt',
        });
        if (isConfirmed) setIsGone(true);
      };
      return (
        <main tabIndex={-1}>
          {isGone ? null : (
            <button type="button" onClick={() => void remove()}>
              Ta bort
            </button>
          )}
          {confirmDialog}
        </main>
      );
    }
    const user = userEvent.setup();
    render(<Row />);
    await user.click(screen.getByRole('button', { name: 'Ta bort' }));
    await user.click(await screen.findByRole('button', { name: 'Ta bort samtalet' }));
    await waitFor(() => expect(screen.getByRole('main')).toHaveFocus());
  });
});
