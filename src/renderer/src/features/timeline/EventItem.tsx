import { useTranslation } from 'react-i18next';
import type { EventEntity } from '../../domain/entities';
import { eventHeadline, type Translate } from './eventHeadline';

export type EventItemProps = { event: EventEntity; who: string | undefined };

/** One change in the history: what happened to which record, which fields, by whom. */
export function EventItem({ event, who }: EventItemProps) {
  const { t, i18n } = useTranslation();
  const fieldLabel = (field: string) =>
    i18n.exists(`fields.${field}`) ? t(`fields.${field}` as 'fields.name') : field;
  const translate: Translate = {
    // The keys are built from the event's data, so they are checked by exists() at run time.
    t: (key, options) => String(i18n.t(key as 'events.by', options)),
    exists: (key) => i18n.exists(key),
  };
  const { headline, text, detail } = eventHeadline(event, translate);
  return (
    <>
      <span>
        <strong>{headline}</strong>
        {text ? `: ${text}` : ''}
        {who ? ` ${t('events.by', { name: who })}` : ''}
      </span>
      {detail ? <span className="timeline__detail">{detail}</span> : null}
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
