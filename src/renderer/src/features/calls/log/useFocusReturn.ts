import { useEffect, useLayoutEffect, useRef } from 'react';
import { useAppStore } from '../../../app/store';

/**
 * Gives focus back, when the call dialog closes, to what was focused when it was asked for: the
 * button that opened it, or the field the shortcut was pressed in. The opener is recorded in a
 * store subscription, which runs at the moment of opening, before React renders the dialog
 * (whose search field takes focus as it mounts); effects would see that field instead. If the
 * opener is gone by the time the dialog closes, the main area gets focus rather than the body.
 */
export function useFocusReturn(isOpen: boolean): void {
  const opener = useRef<HTMLElement | null>(null);

  useEffect(
    () =>
      useAppStore.subscribe((state, previous) => {
        if (state.callDialog.isOpen && !previous.callDialog.isOpen)
          opener.current =
            document.activeElement instanceof HTMLElement ? document.activeElement : null;
      }),
    [],
  );

  // After the dialog has left the DOM (layout effects run after removal), so nothing is inert.
  useLayoutEffect(() => {
    if (isOpen || !opener.current) return;
    const target = opener.current;
    opener.current = null;
    if (target.isConnected) target.focus();
    else document.querySelector<HTMLElement>('main')?.focus();
  }, [isOpen]);
}
