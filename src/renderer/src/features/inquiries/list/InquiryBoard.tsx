import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InquiryListQuery } from '../data/inquiryQueries';
import { INQUIRY_STAGES, type InquiryStage } from '../../../domain/entities';
import { Loading } from '../../../ui/Loading';
import { Notice } from '../../../ui/Notice';
import { CloseInquiryDialog } from './CloseInquiryDialog';
import { CARD_DRAG_TYPE, InquiryCard } from './InquiryCard';
import { useBoardMoves } from './useBoardMoves';
import { BOARD_COLUMN_LIMIT, useInquiryBoard } from './useInquiryData';
import type { InquiryLookups } from './useInquiryLookups';

export type InquiryBoardProps = {
  query: InquiryListQuery;
  lookups: InquiryLookups;
  /** "?…" of the list filtered by one stage, for a column's "Visa alla N i listan". */
  listSearchFor: (stage: InquiryStage) => string;
};

/** The pipeline as five columns; cards move by drag and drop, Ctrl+Arrow or the "Flytta" menu. */
export function InquiryBoard({ query, lookups, listSearchFor }: InquiryBoardProps) {
  const { t } = useTranslation();
  const moves = useBoardMoves();
  const board = useInquiryBoard(query, moves.pinnedId);
  const boardRef = useRef<HTMLDivElement>(null);
  const [dropStage, setDropStage] = useState<InquiryStage | null>(null);
  const { focusTarget, clearFocusTarget } = moves;

  // After a keyboard move, focus follows the card once it is rendered in its new column.
  useEffect(() => {
    if (!focusTarget || !board) return;
    const link = boardRef.current?.querySelector<HTMLElement>(
      `[data-inquiry-id="${focusTarget.id}"][data-stage="${focusTarget.stage}"] a`,
    );
    if (!link) return;
    link.focus();
    clearFocusTarget();
  }, [board, focusTarget, clearFocusTarget]);

  if (!board) return <Loading label={t('app.loading')} />;
  const { columns } = board;
  const total = columns ? INQUIRY_STAGES.reduce((sum, stage) => sum + columns[stage], 0) : null;

  const isOurDrag = (event: DragEvent) => event.dataTransfer.types.includes(CARD_DRAG_TYPE);
  const handleDrop = (event: DragEvent, stage: InquiryStage) => {
    if (!isOurDrag(event)) return;
    event.preventDefault();
    setDropStage(null);
    const row = board.rows.get(event.dataTransfer.getData(CARD_DRAG_TYPE));
    if (!row || row.stage === stage) return;
    moves.requestMove({ id: row.id, title: row.title, to: stage, keepFocus: false });
  };

  return (
    <>
      <p className="list-count" role="status">
        {total === null ? t('inquiries.counting') : t('inquiries.count', { count: total })}
      </p>
      <p className="muted inquiry-board__hint">{t('inquiries.board.keyboardHint')}</p>
      {moves.error ? (
        <Notice
          tone="error"
          actions={
            <button type="button" className="button button--small" onClick={moves.dismissError}>
              {t('inquiries.board.dismiss')}
            </button>
          }
        >
          {moves.error}
        </Notice>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        <span key={moves.announcement.key}>{moves.announcement.text}</span>
      </p>
      <div
        ref={boardRef}
        className="inquiry-board"
        aria-label={t('inquiries.board.label')}
        role="region"
      >
        {INQUIRY_STAGES.map((stage) => {
          const columnTotal = columns ? columns[stage] : null;
          const shownCount = board.shown[stage].length;
          // Uncounted yet: a full first page means there may be more.
          const hasMore =
            columnTotal === null ? shownCount >= BOARD_COLUMN_LIMIT : columnTotal > shownCount;
          const headingId = `inquiry-column-${stage}`;
          return (
            <section
              key={stage}
              aria-labelledby={headingId}
              className={`inquiry-column${dropStage === stage ? ' inquiry-column--drop' : ''}`}
              onDragOver={(event) => {
                if (!isOurDrag(event)) return;
                event.preventDefault();
                event.dataTransfer.dropEffect = 'move';
                setDropStage(stage);
              }}
              onDragLeave={(event) => {
                if (!event.currentTarget.contains(event.relatedTarget as Node | null))
                  setDropStage(null);
              }}
              onDrop={(event) => handleDrop(event, stage)}
            >
              <h2 id={headingId} className="inquiry-column__heading">
                {t(`inquiries.stages.${stage}`)}{' '}
                <span className="badge badge--muted">
                  {columnTotal === null ? t('inquiries.board.columnCounting') : columnTotal}
                </span>
              </h2>
              {shownCount === 0 ? (
                <p className="muted inquiry-column__empty">{t('inquiries.board.columnEmpty')}</p>
              ) : (
                <ul className="inquiry-column__cards">
                  {board.shown[stage].map((id) => {
                    const row = board.rows.get(id);
                    if (!row) return null;
                    return (
                      <InquiryCard
                        key={id}
                        row={row}
                        areaNames={lookups.areaNames}
                        navigator={
                          row.responsibleNavigatorId
                            ? lookups.navigatorsById.get(row.responsibleNavigatorId)
                            : undefined
                        }
                        onMove={(to, byKeyboard) =>
                          moves.requestMove({ id, title: row.title, to, keepFocus: byKeyboard })
                        }
                      />
                    );
                  })}
                </ul>
              )}
              {hasMore ? (
                <Link className="inquiry-column__more" to={{ search: listSearchFor(stage) }}>
                  {columnTotal === null
                    ? t('inquiries.board.showAllInListUncounted')
                    : t('inquiries.board.showAllInList', { count: columnTotal })}
                </Link>
              ) : null}
            </section>
          );
        })}
      </div>
      {moves.pendingClose ? (
        <CloseInquiryDialog
          title={moves.pendingClose.title}
          onConfirm={(reason) => void moves.confirmClose(reason)}
          onClose={moves.cancelClose}
        />
      ) : null}
    </>
  );
}
