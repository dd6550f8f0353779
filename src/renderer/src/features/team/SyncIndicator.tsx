import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { syncStatusText } from './syncStatusText';
import { useTeamStore } from './teamSync';
import './SyncIndicator.css';

/** Always in the header while this machine is in a team: where syncing stands, and conflicts. */
export function SyncIndicator() {
  const { t } = useTranslation();
  const membership = useTeamStore((state) => state.membership);
  const status = useTeamStore((state) => state.status);
  if (!membership) return null;
  const text = syncStatusText(t, status);
  return (
    <div
      className="sync-indicator"
      data-phase={status.phase === 'synced' && status.refused > 0 ? 'error' : status.phase}
    >
      <Link
        to="/installningar#team"
        className="sync-indicator__status"
        aria-label={`${t('team.indicator.label')}: ${text}`}
        title={status.phase === 'offline' ? t('team.indicator.offlineHint') : text}
      >
        <span className="sync-indicator__dot" aria-hidden="true" />
        <span role="status" className="sync-indicator__text">
          {text}
        </span>
      </Link>
      {status.conflicts > 0 ? (
        <Link to="/konflikter" className="sync-indicator__conflicts">
          {t('team.indicator.conflicts', { count: status.conflicts })}
        </Link>
      ) : null}
    </div>
  );
}
