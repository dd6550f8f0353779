import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DueFollowUp } from './data/followUpQueries';
import type { NavigatorEntity } from '../../domain/entities';
import { FollowUpRow, type FollowUpAction } from './FollowUpRow';
import type { FollowUpSectionKey } from './useDueFollowUps';

export type FollowUpSectionProps = {
  section: FollowUpSectionKey;
  followUps: DueFollowUp[];
  navigatorsById: Map<string, NavigatorEntity>;
  onAction: (action: FollowUpAction, followUp: DueFollowUp) => void;
};

/** A long backlog (everyone's, after a holiday) shows its first rows until asked for all. */
const FIRST_ROWS = 50;

export function FollowUpSection({
  section,
  followUps,
  navigatorsById,
  onAction,
}: FollowUpSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [isShowingAll, setIsShowingAll] = useState(false);
  const shown = isShowingAll ? followUps : followUps.slice(0, FIRST_ROWS);

  return (
    <section className={`card followups followups--${section}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t(`today.sections.${section}`)}{' '}
        <span className="followups__count">
          {t('today.sectionCount', { count: followUps.length })}
        </span>
      </h2>
      {followUps.length === 0 ? (
        <p className="muted">{t(`today.sectionEmpty.${section}`)}</p>
      ) : (
        <ul className="followups__list">
          {shown.map((followUp) => (
            <FollowUpRow
              key={followUp.id}
              followUp={followUp}
              isOverdue={section === 'overdue'}
              navigator={
                followUp.navigatorId ? navigatorsById.get(followUp.navigatorId) : undefined
              }
              onAction={onAction}
            />
          ))}
        </ul>
      )}
      {shown.length < followUps.length ? (
        <button type="button" className="button button--link" onClick={() => setIsShowingAll(true)}>
          {t('today.showAll', { count: followUps.length })}
        </button>
      ) : null}
    </section>
  );
}
