import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { moveColumn, toggleColumn, type ColumnChoice } from './model/columnChoice';

export type ColumnChooserProps = {
  choice: ColumnChoice;
  headers: Readonly<Record<string, string>>;
  isDisabled: boolean;
  onChange: (choice: ColumnChoice) => void;
};

type Move = { id: string; step: -1 | 1 };

/** A checklist of columns; each can be moved up or down with buttons (no drag needed). */
export function ColumnChooser({ choice, headers, isDisabled, onChange }: ColumnChooserProps) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLOListElement>(null);
  const pendingFocus = useRef<Move | null>(null);
  const nameOf = (id: string) => headers[id] ?? id;

  // Keep focus on the moved column's button, so repeated presses keep moving it; at the top or
  // bottom (its button now disabled) focus goes to the other arrow.
  useEffect(() => {
    const lastMove = pendingFocus.current;
    pendingFocus.current = null;
    if (!lastMove || !listRef.current) return;
    const item = listRef.current.querySelector(`[data-column="${CSS.escape(lastMove.id)}"]`);
    const same = item?.querySelector<HTMLButtonElement>(`[data-step="${lastMove.step}"]`);
    const other = item?.querySelector<HTMLButtonElement>(`[data-step="${-lastMove.step}"]`);
    (same && !same.disabled ? same : other)?.focus();
  }, [choice]);

  const move = (id: string, step: -1 | 1) => {
    pendingFocus.current = { id, step };
    onChange(moveColumn(choice, id, step));
  };

  return (
    <ol className="export-columns" ref={listRef}>
      {choice.map((entry, index) => (
        <li key={entry.id} className="export-columns__item" data-column={entry.id}>
          <label className="export-columns__label">
            <input
              type="checkbox"
              checked={entry.isSelected}
              disabled={isDisabled}
              onChange={() => onChange(toggleColumn(choice, entry.id))}
            />
            {nameOf(entry.id)}
          </label>
          <span className="export-columns__moves">
            <button
              type="button"
              className="button button--small"
              data-step="-1"
              aria-label={t('exports.moveUp', { name: nameOf(entry.id) })}
              disabled={isDisabled || index === 0}
              onClick={() => move(entry.id, -1)}
            >
              <span aria-hidden="true">↑</span>
            </button>
            <button
              type="button"
              className="button button--small"
              data-step="1"
              aria-label={t('exports.moveDown', { name: nameOf(entry.id) })}
              disabled={isDisabled || index === choice.length - 1}
              onClick={() => move(entry.id, 1)}
            >
              <span aria-hidden="true">↓</span>
            </button>
          </span>
        </li>
      ))}
    </ol>
  );
}
