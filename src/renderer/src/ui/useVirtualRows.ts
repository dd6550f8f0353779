import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useRef, type KeyboardEvent, type RefObject } from 'react';

export type VirtualRows = {
  scrollRef: RefObject<HTMLDivElement | null>;
  /** The rows to render now, each with its offset, and the height of all rows together. */
  items: VirtualItem[];
  totalSize: number;
  /** The first and last row index in (or near) view: what the row-loading hooks need. */
  first: number;
  last: number;
  handleKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
};

export const VIRTUAL_ROW_HEIGHT = 44;

/**
 * Virtualisation for a long table: only the visible rows exist in the DOM. Arrow keys move between
 * rows, as in a spreadsheet, and the list scrolls to keep the focused row in view.
 */
export function useVirtualRows(count: number): VirtualRows {
  const scrollRef = useRef<HTMLDivElement>(null);
  // TanStack Virtual is mutable by design; components using it are simply not auto-memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => VIRTUAL_ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const current = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!current) return;
    event.preventDefault();
    const next = Number(current.dataset.index) + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0 || next >= count) return;
    virtualizer.scrollToIndex(next);
    requestAnimationFrame(() => {
      scrollRef.current?.querySelector<HTMLElement>(`[data-index="${next}"] a`)?.focus();
    });
  };

  return {
    scrollRef,
    items,
    totalSize: virtualizer.getTotalSize(),
    first: items[0]?.index ?? 0,
    last: items[items.length - 1]?.index ?? 0,
    handleKeyDown,
  };
}
