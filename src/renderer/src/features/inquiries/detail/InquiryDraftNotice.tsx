import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/dates';
import { DraftNotice } from '../../../ui/DraftNotice';

export type InquiryDraftNoticeProps = { restoredAt: string | null; onDiscard: () => void };

/** The inquiry forms' words for ui/DraftNotice; nothing when no draft was restored. */
export function InquiryDraftNotice({ restoredAt, onDiscard }: InquiryDraftNoticeProps) {
  const { t } = useTranslation();
  if (!restoredAt) return null;
  return (
    <DraftNotice
      message={t('inquiry.draftRestored', { time: formatDateTime(restoredAt) })}
      discardLabel={t('inquiry.discardDraft')}
      onDiscard={onDiscard}
    />
  );
}
