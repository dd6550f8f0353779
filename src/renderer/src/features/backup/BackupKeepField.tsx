import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setSetting } from '../../db/settingsRepository';
import {
  AUTOMATIC_BACKUP_KEEP_OPTIONS,
  DEFAULT_AUTOMATIC_BACKUP_KEEP,
} from './model/backupSchedule';
import { formatNumber } from '../../i18n/i18n';
import { SelectField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { useReadySession } from '../../session/SessionContext';
import { useErrorMessage } from '../../session/useErrorMessage';

/** Desktop: how many automatic backups to keep (applies from the next one written). */
export function BackupKeepField() {
  const { t } = useTranslation();
  const { settings, navigator } = useReadySession();
  const toMessage = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const keep = settings.automaticBackupKeep ?? DEFAULT_AUTOMATIC_BACKUP_KEEP;
  const options = [...new Set<number>([...AUTOMATIC_BACKUP_KEEP_OPTIONS, keep])].sort(
    (a, b) => a - b,
  );

  const change = async (value: string) => {
    const next = Number(value);
    if (!Number.isInteger(next) || next === keep) return;
    try {
      setError(null);
      await setSetting('automaticBackupKeep', next, navigator.id);
    } catch (caught) {
      setError(toMessage(caught));
    }
  };

  return (
    <>
      <SelectField
        label={t('backup.keepLabel')}
        hint={t('backup.keepHint')}
        value={String(keep)}
        options={options.map((option) => ({ value: String(option), label: formatNumber(option) }))}
        onChange={(event) => void change(event.target.value)}
      />
      {error ? <Notice tone="error">{error}</Notice> : null}
    </>
  );
}
