import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatDueDate, todayIso } from '../../lib/dates';
import { Loading } from '../../ui/Loading';
import { Notice } from '../../ui/Notice';
import { useErrorMessage } from '../../session/useErrorMessage';
import { CallItem } from './CallItem';
import { EventItem } from './EventItem';
import { useTimeline, type TimelineScope } from './useTimeline';

export type TimelineProps = { scope: TimelineScope };

const FILTERS = ['all', 'call', 'followUp', 'event'] as const;
type Filter = (typeof FILTERS)[number];

/** Calls, follow-ups, stage changes and edits, newest first, filterable by kind. */
export function Timeline({ scope }: TimelineProps) {
  const { t } = useTranslation();
  const toMessage = useErrorMessage();
  const { items, navigators, people } = useTimeline(scope);
  const [filter, setFilter] = useState<Filter>('all');
  const [error, setError] = useState<string | null>(null);
  const today = todayIso();
  const shown = (items ?? []).filter((item) => filter === 'all' || item.kind === filter);
  const nameOf = (id: string | null) => (id ? navigators.get(id)?.name : undefined);

  return (
    <section className="card" aria-labelledby="timeline-title">
      <div className="card__header">
        <h2 id="timeline-title">{t('timeline.title')}</h2>
        <div className="segmented" role="radiogroup" aria-label={t('timeline.filter')}>
          {FILTERS.map((value) => (
            <button
              key={value}
              type="button"
              role="radio"
              aria-checked={filter === value}
              className={`segmented__option${filter === value ? ' segmented__option--active' : ''}`}
              onClick={() => setFilter(value)}
            >
              {t(`timeline.filters.${value}`)}
            </button>
          ))}
        </div>
      </div>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {items === undefined ? <Loading label={t('app.loading')} /> : null}
      {items !== undefined && shown.length === 0 ? (
        <p className="muted">{t('timeline.empty')}</p>
      ) : null}
      <ol className="timeline">
        {shown.map((item) => (
          <li
            key={`${item.kind}:${item.kind === 'call' ? item.call.id : item.kind === 'followUp' ? item.followUp.id : item.event.id}`}
            className={`timeline__item timeline__item--${item.kind}`}
          >
            {item.kind === 'followUp' ? (
              <>
                <span className="timeline__time">{formatDueDate(item.followUp.dueDate)}</span>
                <span>
                  <strong>{t('timeline.followUp')}</strong>: {item.followUp.nextStep}{' '}
                  {item.followUp.status === 'done' ? (
                    <span className="badge badge--muted">{t('timeline.done')}</span>
                  ) : item.followUp.dueDate < today ? (
                    <span className="badge badge--overdue">{t('timeline.overdue')}</span>
                  ) : (
                    <span className="badge">{t('timeline.open')}</span>
                  )}
                </span>
              </>
            ) : (
              <>
                <time className="timeline__time" dateTime={item.at}>
                  {formatDateTime(item.at)}
                </time>
                {item.kind === 'call' ? (
                  <CallItem
                    call={item.call}
                    person={
                      item.call.contactPersonId ? people.get(item.call.contactPersonId) : undefined
                    }
                    who={nameOf(item.call.navigatorId)}
                    onError={(caught) => setError(toMessage(caught))}
                  />
                ) : (
                  <EventItem event={item.event} who={nameOf(item.event.navigatorId)} />
                )}
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
