import type { TFunction } from 'i18next';
import { format, parseISO } from 'date-fns';
import { formatNumber } from '../../i18n/i18n';
import type { SyncStatus } from '../../sync/teamReplicator';
import type { TeamFailureCode } from './teamSync';

const time = (iso: string): string => format(parseISO(iso), 'HH:mm');

/** A failure in the navigator's words (what happened and what to do), never a raw code. */
export function failureText(t: TFunction, code: TeamFailureCode, detail = ''): string {
  return t(`team.failure.${code}` as 'team.failure.unexpected', { detail });
}

/** The header's one line: Synkad 14:05 · Synkar (12 kvar) · Offline sedan 09:12 · Fel: … */
export function syncStatusText(t: TFunction, status: SyncStatus): string {
  switch (status.phase) {
    case 'starting':
    case 'stopped':
      return t('team.indicator.starting');
    case 'syncing':
      if (status.firstPull) {
        return status.firstPull.total === null
          ? t('team.firstPullUnknown', { done: formatNumber(status.firstPull.done) })
          : t('team.firstPull', {
              done: formatNumber(status.firstPull.done),
              total: formatNumber(status.firstPull.total),
            });
      }
      return status.pending > status.refused
        ? t('team.indicator.syncing', { count: status.pending - status.refused })
        : t('team.indicator.syncingNone');
    case 'synced':
      // A refused change is kept here and needs someone to act: it is not "synced".
      if (status.refused > 0) return t('team.indicator.refused', { count: status.refused });
      return status.lastSyncedAt
        ? t('team.indicator.synced', { time: time(status.lastSyncedAt) })
        : t('team.indicator.syncedNever');
    case 'offline':
      return t('team.indicator.offline', {
        time: time(status.offlineSince ?? new Date().toISOString()),
      });
    case 'error':
      return t('team.indicator.error', {
        message: status.error ? failureText(t, status.error.code, status.error.detail) : '',
      });
  }
}
