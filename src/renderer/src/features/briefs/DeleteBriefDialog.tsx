import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteBrief } from './data/briefRepository';
import type { BriefEntity } from '../../domain/brief';
import { formatDateTime } from '../../lib/dates';
import { Dialog } from '../../ui/Dialog';
import { Notice } from '../../ui/Notice';
import { useActorId } from '../../session/SessionContext';
import { useBriefErrorMessage } from './useBriefErrorMessage';

export type DeleteBriefDialogProps = {
  /** The brief to delete; null keeps the dialog closed. */
  brief: BriefEntity | null;
  onClose: () => void;
  /** After the brief is gone, with the message to show. */
  onDeleted: (message: string) => void;
};

/**
 * Asks before a brief is deleted. A fastställd brief may be deleted too, but the dialog says plainly
 * that the content as presented is then gone (the repository needs that confirmation).
 */
export function DeleteBriefDialog({ brief, onClose, onDeleted }: DeleteBriefDialogProps) {
  const { t } = useTranslation();
  const actorId = useActorId();
  const toMessage = useBriefErrorMessage();
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const title = brief ? brief.title || t(`briefs.kinds.${brief.kind}`) : '';

  const close = () => {
    setError(null);
    onClose();
  };

  const confirm = async () => {
    if (!brief) return;
    setIsBusy(true);
    setError(null);
    try {
      await deleteBrief(brief.id, actorId, { confirmFrozen: brief.frozenAt !== null });
      onDeleted(t('briefs.delete.done', { title }));
    } catch (caught) {
      setError(toMessage(caught));
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <Dialog title={t('briefs.delete.title')} isOpen={brief !== null} onClose={close}>
      <p>{t('briefs.delete.body', { title })}</p>
      {brief?.frozenAt ? (
        <Notice tone="warning">
          {t('briefs.delete.frozenWarning', { date: formatDateTime(brief.frozenAt) })}
        </Notice>
      ) : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="dialog__form button-row">
        <button
          type="button"
          className="button button--primary"
          disabled={isBusy}
          onClick={() => void confirm()}
        >
          {isBusy ? t('briefs.delete.deleting') : t('briefs.delete.confirm')}
        </button>
        <button type="button" className="button" onClick={close}>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
