import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DueFollowUp } from './data/followUpQueries';
import type { NavigatorEntity } from '../../domain/entities';
import { formatDueDate } from '../../lib/dates';

export type FollowUpAction = 'done' | 'doneAndLog' | 'reschedule' | 'reassign';

export type FollowUpRowProps = {
  followUp: DueFollowUp;
  isOverdue: boolean;
  /** The responsible navigator; undefined while loading or when nobody is responsible. */
  navigator: NavigatorEntity | undefined;
  onAction: (action: FollowUpAction, followUp: DueFollowUp) => void;
};

/** One follow-up: when, what, with whom, who is responsible, and what can be done about it. */
export function FollowUpRow({ followUp, isOverdue, navigator, onAction }: FollowUpRowProps) {
  const { t } = useTranslation();
  const name = followUp.organisationName || t('today.unknownOrganisation');
  const button = (action: FollowUpAction, text: string, label: string, isPrimary = false) => (
    <button
      type="button"
      className={`button button--small${isPrimary ? ' button--primary' : ''}`}
      aria-label={label}
      onClick={() => onAction(action, followUp)}
    >
      {text}
    </button>
  );

  return (
    <li className={`followup${isOverdue ? ' followup--overdue' : ''}`}>
      <div className="followup__due">
        {isOverdue ? (
          <span className="badge badge--danger followup__badge">{t('today.overdueBadge')}</span>
        ) : null}
        <span className="tabular">{formatDueDate(followUp.dueDate)}</span>
      </div>
      <div className="followup__main">
        <p className="followup__step">{followUp.nextStep}</p>
        <p className="followup__meta">
          <Link to={`/organisationer/${followUp.organisationId}`}>{name}</Link>
          <span aria-hidden="true"> · </span>
          {navigator ? (
            <abbr title={t('today.responsible', { name: navigator.name })}>
              {navigator.initials}
            </abbr>
          ) : followUp.navigatorId === null ? (
            <span className="muted">{t('today.unassigned')}</span>
          ) : null}
        </p>
      </div>
      <div className="followup__actions">
        {button('done', t('today.done'), t('today.doneLabel', { name }), true)}
        {button('doneAndLog', t('today.doneAndLog'), t('today.doneAndLogLabel', { name }))}
        {button('reschedule', t('today.reschedule'), t('today.rescheduleLabel', { name }))}
        {button('reassign', t('today.reassign'), t('today.reassignLabel', { name }))}
      </div>
    </li>
  );
}
