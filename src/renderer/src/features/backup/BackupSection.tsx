import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/dates';
import { isDesktop } from '../../lib/platform';
import { useReadySession } from '../../session/SessionContext';
import { useFocusOnHash } from '../../ui/useFocusOnHash';
import { AutomaticBackupList } from './AutomaticBackupList';
import { BackupKeepField } from './BackupKeepField';
import { RestoreDialog } from './RestoreDialog';
import { StorageStatus } from './StorageStatus';
import { useBackupActions } from './useBackupActions';
import './backup.css';

/** The id the web reminder links to. */
export const BACKUP_SECTION_ID = 'sakerhetskopia';

/** Settings: take a backup, restore one (checked and confirmed first), and the automatic ones. */
export function BackupSection() {
  const { t } = useTranslation();
  const { settings } = useReadySession();
  const actions = useBackupActions();
  const lastBackupAt = settings.lastBackupAt ?? null;
  // The web reminder links here.
  const sectionRef = useFocusOnHash<HTMLElement>(BACKUP_SECTION_ID);

  return (
    <section
      ref={sectionRef}
      className="card backup"
      id={BACKUP_SECTION_ID}
      tabIndex={-1}
      aria-labelledby="backup-title"
    >
      <h2 id="backup-title">{t('backup.title')}</h2>
      <p>{t('backup.lead')}</p>
      <p className="muted">
        {lastBackupAt
          ? t('backup.lastBackup', { when: formatDateTime(lastBackupAt) })
          : t('backup.neverBackedUp')}
      </p>
      {isDesktop ? null : <StorageStatus />}
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          disabled={actions.isRunning}
          onClick={() => void actions.takeBackup()}
        >
          {t('backup.takeBackup')}
        </button>
        <button
          type="button"
          className="button"
          disabled={actions.isRunning}
          onClick={() => void actions.chooseFile()}
        >
          {t('backup.restoreFromFile')}
        </button>
      </div>
      {isDesktop ? (
        <>
          <h3>{t('backup.automaticTitle')}</h3>
          <p className="muted">{t('backup.automaticLead')}</p>
          <AutomaticBackupList
            isDisabled={actions.isRunning}
            onRestore={(name) => void actions.chooseAutomatic(name)}
          />
          <BackupKeepField />
        </>
      ) : null}
      <RestoreDialog
        pending={actions.pending}
        onConfirm={() => void actions.confirmRestore()}
        onCancel={actions.cancelRestore}
      />
    </section>
  );
}
