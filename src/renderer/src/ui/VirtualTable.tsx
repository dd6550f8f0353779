import type { ReactNode } from 'react';
import { VIRTUAL_ROW_HEIGHT, type VirtualRows } from './useVirtualRows';

export type VirtualTableProps = {
  label: string;
  rowCount: number;
  /** A modifier class that sets the column grid, e.g. "vtable--calls". */
  className?: string;
  /** The header cells (each `<span role="columnheader">`). */
  headers: ReactNode;
  /** From useVirtualRows (its scroll element, visible items and key handling). */
  rows: VirtualRows;
  rowKey: (index: number) => string;
  /** The cells of one row (each `<span role="cell">`). */
  renderCells: (index: number) => ReactNode;
  /** Extra classes of one row, e.g. its status. */
  rowClassName?: (index: number) => string;
  /** Rows without links or buttons: the scroll area itself takes focus, so keys can scroll it. */
  isScrollFocusable?: boolean;
};

/** An ARIA table whose body is virtualised (aria-rowcount/rowindex tell the full size). */
export function VirtualTable({
  label,
  rowCount,
  className,
  headers,
  rows,
  rowKey,
  renderCells,
  rowClassName,
  isScrollFocusable = false,
}: VirtualTableProps) {
  const { scrollRef, items, totalSize, handleKeyDown } = rows;
  return (
    <div
      role="table"
      aria-label={label}
      aria-rowcount={rowCount + 1}
      className={className ? `vtable ${className}` : 'vtable'}
    >
      <div role="rowgroup" className="vtable__head">
        <div role="row" aria-rowindex={1} className="vtable__row">
          {headers}
        </div>
      </div>
      {/* The scroll area is the rowgroup: a focusable element must not sit between table and rows. */}
      <div
        ref={scrollRef}
        role="rowgroup"
        className="vtable__scroll"
        onKeyDown={handleKeyDown}
        tabIndex={isScrollFocusable ? 0 : undefined}
      >
        <div style={{ height: totalSize, position: 'relative' }}>
          {items.map((item) => (
            <div
              key={rowKey(item.index)}
              role="row"
              aria-rowindex={item.index + 2}
              data-index={item.index}
              className={rowClassName ? `vtable__row ${rowClassName(item.index)}` : 'vtable__row'}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                height: VIRTUAL_ROW_HEIGHT,
                transform: `translateY(${item.start}px)`,
              }}
            >
              {renderCells(item.index)}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
