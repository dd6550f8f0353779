import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';

export type LeaveBriefDialogProps = {
  isOpen: boolean;
  onStay: () => void;
  /** Leave and keep the changes as a draft. */
  onLeave: () => void;
  /** Leave and throw the changes away. */
  onDiscard: () => void;
};

/** Asked when a link would leave the editor with unsaved changes. */
export function LeaveBriefDialog({ isOpen, onStay, onLeave, onDiscard }: LeaveBriefDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('briefs.leave.title')} isOpen={isOpen} onClose={onStay}>
      <p>{t('briefs.leave.body')}</p>
      <div className="dialog__form button-row">
        <button type="button" className="button button--primary" onClick={onStay}>
          {t('briefs.leave.stay')}
        </button>
        <button type="button" className="button" onClick={onLeave}>
          {t('briefs.leave.leave')}
        </button>
        <button type="button" className="button" onClick={onDiscard}>
          {t('briefs.leave.discard')}
        </button>
      </div>
    </Dialog>
  );
}
