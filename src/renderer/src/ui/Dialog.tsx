import { useEffect, useId, useRef, type ReactNode } from 'react';

export type DialogProps = {
  title: string;
  isOpen: boolean;
  onClose: () => void;
  children: ReactNode;
  className?: string;
};

/** A modal on the native <dialog>: focus is trapped and Escape closes it, as the platform does. */
export function Dialog({ title, isOpen, onClose, children, className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();

  // Focus goes back where it came from when the dialog closes or is removed.
  const restoreFocus = () => {
    opener.current?.focus();
    opener.current = null;
  };

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) {
      opener.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    }
    if (!isOpen && dialog.open) {
      dialog.close();
      restoreFocus();
    }
  }, [isOpen]);

  // Removed while open. StrictMode's rehearsal of an unmount also runs this, but leaves the
  // element in the document: only a real removal gives focus back.
  useEffect(() => {
    const dialog = ref.current;
    return () => {
      if (!dialog?.isConnected) restoreFocus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {isOpen ? (
        <>
          <h2 id={titleId} className="dialog__title">
            {title}
          </h2>
          {children}
        </>
      ) : null}
    </dialog>
  );
}
