import { useEffect, useRef, type KeyboardEvent } from 'react';
import { Dialog } from './Dialog';
import './ConfirmDialog.css';

export type ConfirmTone = 'danger' | 'default';

/** What to ask: the buttons say what they do ("Ta bort samtalet"), never just "OK". */
export type ConfirmOptions = {
  title: string;
  message?: string;
  confirmLabel: string;
  cancelLabel: string;
  /** 'danger' when the confirmed action throws something away or cannot be undone. */
  tone?: ConfirmTone;
};

export type ConfirmDialogProps = ConfirmOptions & {
  onAnswer: (isConfirmed: boolean) => void;
};

/**
 * A modal yes/no question on the native <dialog>. Focus starts on the safe choice (cancel), so an
 * Enter typed by habit keeps everything; Escape is cancel. Render it beside, not inside, another
 * <Dialog>: React passes a <dialog>'s cancel event on to the dialogs around it in the tree.
 */
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  cancelLabel,
  tone = 'default',
  onAnswer,
}: ConfirmDialogProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);

  // Runs after the <dialog> has opened (child effects first), replacing showModal's own focus.
  useEffect(() => {
    cancelRef.current?.focus();
  }, []);

  // Keys typed in the question stay in it: a form or shortcut underneath (Ctrl+Enter saves,
  // Ctrl+L logs a call) must not act while it is open. Escape is handled here rather than by the
  // dialog's cancel event, so it means "cancel" in every host (jsdom has no cancel event).
  const handleKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation();
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onAnswer(false);
  };

  return (
    <div className="confirm-dialog__host" onKeyDown={handleKeyDown}>
      <Dialog title={title} isOpen onClose={() => onAnswer(false)} className="confirm-dialog">
        {message ? <p className="confirm-dialog__message">{message}</p> : null}
        <div className="form__actions confirm-dialog__actions">
          <button
            type="button"
            className={`button ${tone === 'danger' ? 'confirm-dialog__confirm--danger' : 'button--primary'}`}
            onClick={() => onAnswer(true)}
          >
            {confirmLabel}
          </button>
          <button ref={cancelRef} type="button" className="button" onClick={() => onAnswer(false)}>
            {cancelLabel}
          </button>
        </div>
      </Dialog>
    </div>
  );
}
