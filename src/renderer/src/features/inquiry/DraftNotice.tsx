import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/dates';
import { Notice } from '../../ui/Notice';

export type DraftNoticeProps = { restoredAt: string | null; onDiscard: () => void };

/** Says that unsaved input was brought back, with a way to throw it away. */
export function DraftNotice({ restoredAt, onDiscard }: DraftNoticeProps) {
  const { t } = useTranslation();
  if (!restoredAt) return null;
  return (
    <Notice
      tone="info"
      actions={
        <button type="button" className="button button--small" onClick={onDiscard}>
          {t('inquiry.discardDraft')}
        </button>
      }
    >
      {t('inquiry.draftRestored', { time: formatDateTime(restoredAt) })}
    </Notice>
  );
}
