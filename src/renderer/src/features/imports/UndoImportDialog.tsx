import { useTranslation } from 'react-i18next';
import type { ImportBatchEntity } from '../../domain/importBatch';
import { Dialog } from '../../ui/Dialog';

export type UndoImportDialogProps = {
  batch: ImportBatchEntity | null;
  isBusy: boolean;
  onConfirm: (batch: ImportBatchEntity) => void;
  onClose: () => void;
};

/** Asks before a whole import is undone, and says what that means. */
export function UndoImportDialog({ batch, isBusy, onConfirm, onClose }: UndoImportDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('imports.history.undoTitle')} isOpen={batch !== null} onClose={onClose}>
      <p>{t('imports.history.undoBody', { file: batch?.fileName ?? '' })}</p>
      <div className="dialog__form button-row">
        <button
          type="button"
          className="button button--primary"
          disabled={isBusy}
          onClick={() => batch && onConfirm(batch)}
        >
          {t('imports.history.undoConfirm')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
