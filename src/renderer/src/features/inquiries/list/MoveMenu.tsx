import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InquiryStage } from '../../../domain/entities';

export type MoveMenuProps = {
  title: string;
  /** The stages this card may move to now (allowedMoves). */
  stages: InquiryStage[];
  onMove: (to: InquiryStage) => void;
};

/** "Flytta": a disclosure with one button per allowed stage, the keyboard-free way to move a card. */
export function MoveMenu({ title, stages, onMove }: MoveMenuProps) {
  const { t } = useTranslation();
  const listId = useId();
  const [isOpen, setIsOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (isOpen) listRef.current?.querySelector('button')?.focus();
  }, [isOpen]);

  const close = () => {
    setIsOpen(false);
    toggleRef.current?.focus();
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && isOpen) {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  };

  return (
    <div
      className="move-menu"
      onKeyDown={handleKeyDown}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setIsOpen(false);
      }}
    >
      <button
        ref={toggleRef}
        type="button"
        className="button button--small"
        aria-label={t('inquiries.board.moveLabel', { title })}
        aria-expanded={isOpen}
        aria-controls={isOpen ? listId : undefined}
        onClick={() => setIsOpen((open) => !open)}
      >
        {t('inquiries.board.move')}
      </button>
      {/* Rendered only when open: a board holds up to 500 cards, each with this menu. */}
      {isOpen ? (
        <ul ref={listRef} id={listId} className="move-menu__list">
          {stages.length === 0 ? (
            <li className="muted">{t('inquiries.board.noMoves')}</li>
          ) : (
            stages.map((stage) => (
              <li key={stage}>
                <button
                  type="button"
                  className="button button--small move-menu__option"
                  onClick={() => {
                    setIsOpen(false);
                    onMove(stage);
                  }}
                >
                  {t('inquiries.board.moveTo', { stage: t(`inquiries.stages.${stage}`) })}
                </button>
              </li>
            ))
          )}
        </ul>
      ) : null}
    </div>
  );
}
