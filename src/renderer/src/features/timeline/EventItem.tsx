import { useTranslation } from 'react-i18next';
import type { EventEntity } from '../../domain/entities';

export type EventItemProps = { event: EventEntity; who: string | undefined };

/** One change in the history: what kind of record, what happened, which fields, by whom. */
export function EventItem({ event, who }: EventItemProps) {
  const { t, i18n } = useTranslation();
  const fieldLabel = (field: string) =>
    i18n.exists(`fields.${field}`) ? t(`fields.${field}` as 'fields.name') : field;
  return (
    <>
      <span>
        <strong>{t(`events.entity.${event.entityType}`)}</strong>{' '}
        {t(`events.${event.kind}`).toLocaleLowerCase('sv-SE')}
        {event.summary ? `: ${event.summary}` : ''}
        {who ? ` ${t('events.by', { name: who })}` : ''}
      </span>
      {event.changes.length > 0 && event.kind === 'updated' ? (
        <span className="timeline__detail">
          {t('events.fieldsChanged', {
            fields: event.changes.map((change) => fieldLabel(change.field)).join(', '),
          })}
        </span>
      ) : null}
    </>
  );
}
