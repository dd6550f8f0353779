import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { ConfirmDialog, type ConfirmOptions } from './ConfirmDialog';

type Pending = {
  options: ConfirmOptions;
  resolve: (isConfirmed: boolean) => void;
  /** Focused when confirm() was called: gets focus back after the answer. */
  opener: HTMLElement | null;
};

export type Confirm = (options: ConfirmOptions) => Promise<boolean>;

/**
 * `const [confirm, confirmDialog] = useConfirm()`: `await confirm({...})` asks in a modal dialog
 * and resolves true or false; render `confirmDialog` once in the component (beside, not inside,
 * another <Dialog>'s children). The dialog belongs
 * to the component that asks (no app-wide provider), so it works the same in every screen and test.
 */
export function useConfirm(): [Confirm, ReactNode] {
  const [pending, setPending] = useState<Pending | null>(null);
  const pendingRef = useRef<Pending | null>(null);
  const returnFocusTo = useRef<HTMLElement | null>(null);

  const confirm = useCallback<Confirm>(
    (options) =>
      new Promise<boolean>((resolve) => {
        // A second question replaces an unanswered one, which counts as "no".
        pendingRef.current?.resolve(false);
        const opener =
          document.activeElement instanceof HTMLElement ? document.activeElement : null;
        const next = { options, resolve, opener };
        pendingRef.current = next;
        setPending(next);
      }),
    [],
  );

  const answer = (isConfirmed: boolean) => {
    const current = pendingRef.current;
    if (!current) return;
    pendingRef.current = null;
    returnFocusTo.current = current.opener;
    setPending(null);
    current.resolve(isConfirmed);
  };

  // After the dialog is gone. Done here too (not only by Dialog) so it also holds when effects run
  // twice (StrictMode) and the dialog's own record of the opener is lost.
  useEffect(() => {
    if (pending || !returnFocusTo.current) return;
    const opener = returnFocusTo.current;
    returnFocusTo.current = null;
    if (opener.isConnected && document.activeElement !== opener) opener.focus();
    // The asker may remove the opener in reply (a confirmed delete takes its row): then the main
    // area gets focus, not <body>. Checked a frame later, once that removal has rendered.
    requestAnimationFrame(() => {
      const focused = document.activeElement;
      if (!opener.isConnected && (focused === null || focused === document.body))
        document.querySelector<HTMLElement>('main')?.focus();
    });
  }, [pending]);

  // Leaving the screen with a question open answers it "no", so no caller waits forever.
  useEffect(() => () => pendingRef.current?.resolve(false), []);

  const element = pending ? <ConfirmDialog {...pending.options} onAnswer={answer} /> : null;
  return [confirm, element];
}
