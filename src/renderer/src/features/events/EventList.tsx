import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/db';
import { eventsOfOrganisation } from '../../db/eventRepository';
import { formatDateTime } from '../../lib/dates';
import { Loading } from '../../ui/Loading';

export type EventListProps = { organisationId: string };

/** The organisation's history, newest first: who did what and which fields changed. */
export function EventList({ organisationId }: EventListProps) {
  const { t, i18n } = useTranslation();
  const events = useLiveQuery(() => eventsOfOrganisation(organisationId), [organisationId]);
  const navigators = useLiveQuery(() => db.navigators.toArray(), []);
  const fieldLabel = (field: string) =>
    i18n.exists(`fields.${field}`) ? t(`fields.${field}` as 'fields.name') : field;
  const nameOf = (id: string | null) => navigators?.find((navigator) => navigator.id === id)?.name;

  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">{t('organisation.history')}</h2>
      {events === undefined ? <Loading label={t('app.loading')} /> : null}
      {events?.length === 0 ? <p className="muted">{t('organisation.historyEmpty')}</p> : null}
      <ol className="events">
        {events?.map((event) => {
          const who = nameOf(event.navigatorId);
          return (
            <li key={event.id} className="events__item">
              <time dateTime={event.at} className="events__time">
                {formatDateTime(event.at)}
              </time>
              <span>
                <strong>{t(`events.entity.${event.entityType}`)}</strong>{' '}
                {t(`events.${event.kind}`).toLocaleLowerCase('sv-SE')}
                {event.summary ? `: ${event.summary}` : ''}
                {who ? ` ${t('events.by', { name: who })}` : ''}
              </span>
              {event.changes.length > 0 && event.kind === 'updated' ? (
                <span className="events__changes">
                  {t('events.fieldsChanged', {
                    fields: event.changes.map((change) => fieldLabel(change.field)).join(', '),
                  })}
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
