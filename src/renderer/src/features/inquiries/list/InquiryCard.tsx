import type { DragEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InquiryRow } from '../data/inquiryQueries';
import type { InquiryStage, NavigatorEntity } from '../../../domain/entities';
import { allowedMoves, INQUIRY_STAGE_ORDER, stageIndex } from '../model/stageRules';
import { formatNumber } from '../../../i18n/i18n';
import { IopRiskMarker } from './IopRiskMarker';
import { MoveMenu } from './MoveMenu';

/** The drag data type of a card: only our own cards are accepted by the columns. */
export const CARD_DRAG_TYPE = 'application/x-lotsbok-inquiry';

export type InquiryCardProps = {
  row: InquiryRow;
  areaNames: Map<string, string>;
  navigator: NavigatorEntity | undefined;
  /** `byKeyboard`: focus should follow the card to its new column. */
  onMove: (to: InquiryStage, byKeyboard: boolean) => void;
};

/** One card: its link and its "Flytta" button are siblings, so nothing interactive is nested. */
export function InquiryCard({ row, areaNames, navigator, onMove }: InquiryCardProps) {
  const { t } = useTranslation();

  // Ctrl+Arrow moves the card one stage, from its link or its button.
  const handleKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (!event.ctrlKey || (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft')) return;
    event.preventDefault();
    const next = INQUIRY_STAGE_ORDER[stageIndex(row.stage) + (event.key === 'ArrowRight' ? 1 : -1)];
    if (next) onMove(next, true);
  };

  const handleDragStart = (event: DragEvent<HTMLLIElement>) => {
    event.dataTransfer.setData(CARD_DRAG_TYPE, row.id);
    event.dataTransfer.setData('text/plain', row.title);
    event.dataTransfer.effectAllowed = 'move';
  };

  const areas = row.priorityAreaIds.flatMap((id) => {
    const name = areaNames.get(id);
    return name ? [{ id, name }] : [];
  });

  return (
    <li
      className="inquiry-card"
      draggable
      data-inquiry-id={row.id}
      data-stage={row.stage}
      onDragStart={handleDragStart}
      onKeyDown={handleKeyDown}
    >
      <h3 className="inquiry-card__title">
        <Link to={`/arenden/${row.id}`} aria-keyshortcuts="Control+ArrowRight Control+ArrowLeft">
          {row.title}
        </Link>
      </h3>
      <p className="inquiry-card__organisation">
        {row.organisationName || t('inquiries.list.unknownOrganisation')}
      </p>
      <IopRiskMarker inquiry={row} showComment />
      {row.estimatedYearlyValue !== null ? (
        <p className="inquiry-card__value tabular">
          {t('inquiries.board.value', { value: formatNumber(row.estimatedYearlyValue) })}
        </p>
      ) : null}
      {areas.length > 0 ? (
        <ul className="inquiry-card__areas" aria-label={t('inquiries.board.areas')}>
          {areas.map((area) => (
            <li key={area.id} className="badge badge--muted">
              {area.name}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="inquiry-card__footer">
        {navigator ? (
          <abbr className="inquiry-card__navigator" title={navigator.name}>
            {navigator.initials}
          </abbr>
        ) : (
          <span className="muted">{t('inquiries.board.noResponsible')}</span>
        )}
        <MoveMenu title={row.title} stages={allowedMoves(row)} onMove={(to) => onMove(to, true)} />
      </div>
    </li>
  );
}
