import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatNumber } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/dates';
import { Notice } from '../../ui/Notice';
import { useAutomaticBackups } from './useAutomaticBackups';

export type AutomaticBackupListProps = {
  isDisabled: boolean;
  onRestore: (name: string) => void;
};

const KILOBYTE = 1024;

function formatSize(bytes: number, t: TFunction): string {
  if (bytes < KILOBYTE * KILOBYTE) {
    return t('backup.sizeKilobytes', {
      size: formatNumber(Math.max(1, Math.round(bytes / KILOBYTE))),
    });
  }
  const megabytes = Math.round((bytes / (KILOBYTE * KILOBYTE)) * 10) / 10;
  return t('backup.sizeMegabytes', { size: formatNumber(megabytes) });
}

/** Desktop: the automatic backups in the data folder, newest first, each restorable. */
export function AutomaticBackupList({ isDisabled, onRestore }: AutomaticBackupListProps) {
  const { t } = useTranslation();
  const state = useAutomaticBackups();

  if (state.status === 'loading') return <p className="muted">{t('backup.automaticLoading')}</p>;
  if (state.status === 'failed') {
    return <Notice tone="error">{t('backup.automaticListError', { message: state.error })}</Notice>;
  }
  if (state.backups.length === 0) return <p className="muted">{t('backup.automaticEmpty')}</p>;
  return (
    <table className="backup-list">
      <thead>
        <tr>
          <th scope="col">{t('backup.columnCreatedAt')}</th>
          <th scope="col">{t('backup.columnReason')}</th>
          <th scope="col" className="backup-list__number">
            {t('backup.columnSize')}
          </th>
          <th scope="col">
            <span className="backup-list__hidden">{t('backup.columnActions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {state.backups.map((backup) => {
          const when = formatDateTime(backup.createdAt);
          return (
            <tr key={backup.name}>
              <td>{when}</td>
              <td>{t(`backup.reasons.${backup.reason}`)}</td>
              <td className="backup-list__number tabular">{formatSize(backup.size, t)}</td>
              <td>
                <button
                  type="button"
                  className="button button--small"
                  disabled={isDisabled}
                  aria-label={t('backup.restoreAutomaticLabel', { when })}
                  onClick={() => onRestore(backup.name)}
                >
                  {t('backup.restoreAutomatic')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
