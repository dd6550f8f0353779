import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { totalRows } from './model/backupFormat';
import { formatNumber } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/dates';
import { isDesktop } from '../../lib/platform';
import { Dialog } from '../../ui/Dialog';
import { Notice } from '../../ui/Notice';
import { countPhrases } from './formatCounts';
import type { PendingRestore } from './useBackupActions';

export type RestoreDialogProps = {
  pending: PendingRestore | null;
  onConfirm: () => void;
  onCancel: () => void;
};

/** What a checked backup contains, and a last word that the current data will be replaced. */
export function RestoreDialog({ pending, onConfirm, onCancel }: RestoreDialogProps) {
  const { t } = useTranslation();
  const backup = pending?.backup;
  const total = backup ? totalRows(backup.counts) : 0;
  const cancelRef = useRef<HTMLButtonElement>(null);

  // Replacing all data must be a deliberate choice: the dialog opens with focus on Avbryt, so a
  // stray Enter cancels. (This runs after the Dialog's own effect has opened it.)
  useEffect(() => {
    if (pending) cancelRef.current?.focus();
  }, [pending]);
  return (
    <Dialog title={t('backup.dialogTitle')} isOpen={pending !== null} onClose={onCancel}>
      {pending && backup ? (
        <div className="dialog__form">
          <dl className="facts">
            <div className="facts__row">
              <dt>{t('backup.dialogSource')}</dt>
              <dd>{pending.source}</dd>
            </div>
            <div className="facts__row">
              <dt>{t('backup.dialogCreatedAt')}</dt>
              <dd>{formatDateTime(backup.createdAt)}</dd>
            </div>
            <div className="facts__row">
              <dt>{t('backup.dialogAppVersion')}</dt>
              <dd>{backup.appVersion}</dd>
            </div>
          </dl>
          <h3 className="backup-contents__title">{t('backup.dialogContents')}</h3>
          <ul className="backup-contents">
            {countPhrases(backup.counts, t).map(({ table, text }) => (
              <li key={table}>{text}</li>
            ))}
          </ul>
          <p className="muted">
            {t('backup.dialogTotal', { count: total, total: formatNumber(total) })}
          </p>
          <Notice tone="warning">
            <p>{t('backup.dialogWarning')}</p>
            <p>
              {isDesktop ? t('backup.dialogSavedFirstDesktop') : t('backup.dialogSavedFirstWeb')}
            </p>
          </Notice>
          <div className="form__actions">
            <button type="button" className="button button--primary" onClick={onConfirm}>
              {t('backup.confirmRestore')}
            </button>
            <button ref={cancelRef} type="button" className="button" onClick={onCancel}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </Dialog>
  );
}
