import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { EntityType } from '../../domain/entities';
import { formatRelative } from '../../lib/dates';
import { lastChangeOf } from './data/lastChange';

/** "Senast ändrad av Bo Ek för 5 minuter sedan": live, so a colleague's change shows as it lands. */
export function LastChanged({
  entityType,
  entityId,
}: {
  entityType: EntityType;
  entityId: string;
}) {
  const { t } = useTranslation();
  const change = useLiveQuery(() => lastChangeOf(entityType, entityId), [entityType, entityId]);
  if (!change) return null;
  return (
    <p className="muted last-changed">
      {change.navigatorName
        ? t('timeline.lastChangedBy', {
            name: change.navigatorName,
            when: formatRelative(change.at),
          })
        : t('timeline.lastChanged', { when: formatRelative(change.at) })}
    </p>
  );
}
