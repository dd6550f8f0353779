import { useEffect, useId, useState, type KeyboardEvent, type MouseEvent } from 'react';

export type UseComboboxOptions<T> = {
  /** The options now shown (the list is open while there are any and it was not dismissed). */
  options: readonly T[];
  onPick: (option: T) => void;
  /** Escape with the list already closed (e.g. to clear the text). */
  onEscapeClosed?: () => void;
};

/**
 * The keyboard and ARIA wiring of an ARIA 1.2 combobox with a listbox popup: ↓/↑ move the active
 * option (wrapping), Enter picks it, Escape closes the list, typing opens it again. Focus stays in
 * the input; the active option is announced through aria-activedescendant.
 * Call `handleTextChange` from the input's onChange so a new text starts at the first option.
 */
export function useCombobox<T>({ options, onPick, onEscapeClosed }: UseComboboxOptions<T>) {
  const id = useId();
  const [active, setActive] = useState(0);
  const [isDismissed, setIsDismissed] = useState(false);
  const isOpen = options.length > 0 && !isDismissed;
  const activeIndex = Math.max(0, Math.min(active, options.length - 1));
  const optionId = (index: number) => `${id}-option-${index}`;

  // Keep the active option in view in a scrolling list (focus stays in the input).
  useEffect(() => {
    if (isOpen)
      document
        .getElementById(`${id}-option-${activeIndex}`)
        ?.scrollIntoView?.({ block: 'nearest' });
  }, [id, isOpen, activeIndex]);

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      if (isOpen) setIsDismissed(true);
      else onEscapeClosed?.();
      // Inside a native <dialog>, Escape would otherwise close the whole dialog.
      if (isOpen || onEscapeClosed) event.preventDefault();
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (options.length === 0) return;
      event.preventDefault();
      if (!isOpen) {
        setIsDismissed(false);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + options.length) % options.length);
      return;
    }
    if (event.key === 'Enter' && isOpen && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      const option = options[activeIndex];
      if (option !== undefined) onPick(option);
    }
  };

  return {
    isOpen,
    activeIndex,
    handleTextChange: () => {
      setActive(0);
      setIsDismissed(false);
    },
    /** Spread on the text input (its id and label stay the field's own). */
    inputProps: {
      role: 'combobox',
      'aria-expanded': isOpen,
      'aria-controls': `${id}-list`,
      'aria-autocomplete': 'list',
      'aria-activedescendant': isOpen ? optionId(activeIndex) : undefined,
      autoComplete: 'off',
      onKeyDown: handleKeyDown,
    } as const,
    listProps: { id: `${id}-list`, role: 'listbox' } as const,
    optionProps: (index: number) =>
      ({
        id: optionId(index),
        role: 'option',
        'aria-selected': index === activeIndex,
        // mousedown, not click: the input keeps focus and the list does not close first.
        onMouseDown: (event: MouseEvent) => {
          event.preventDefault();
          const option = options[index];
          if (option !== undefined) onPick(option);
        },
      }) as const,
  };
}
