import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatWeekdayDate } from '../../../lib/dates';
import { Notice } from '../../../ui/Notice';
import type { SavedCall } from './callSaved';
import './callSaved.css';

export type CallSavedNoticeProps = {
  saved: SavedCall;
  onDismiss: () => void;
};

/** After a call is saved: what was made, and one click on to the organisation or the inquiry. */
export function CallSavedNotice({ saved, onDismiss }: CallSavedNoticeProps) {
  const { t } = useTranslation();
  const { followUp } = saved;
  return (
    <div className="task-status call-saved">
      <Notice
        tone="success"
        actions={
          <>
            <Link
              className="button button--small"
              to={`/organisationer/${saved.organisationId}`}
              onClick={onDismiss}
            >
              {t('callLog.savedNotice.openOrganisation')}
            </Link>
            {saved.inquiryId ? (
              <Link
                className="button button--small"
                to={`/arenden/${saved.inquiryId}`}
                onClick={onDismiss}
              >
                {saved.isNewInquiry
                  ? t('callLog.savedNotice.openNewInquiry')
                  : t('callLog.savedNotice.openInquiry')}
              </Link>
            ) : null}
            <button type="button" className="button button--small" onClick={onDismiss}>
              {t('common.close')}
            </button>
          </>
        }
      >
        <span>{t('callLog.saved', { name: saved.organisationName })}</span>{' '}
        {followUp ? (
          <span>
            {t('callLog.savedNotice.followUp', {
              date: formatWeekdayDate(followUp.dueDate),
              nextStep: followUp.nextStep,
            })}
          </span>
        ) : null}
      </Notice>
    </div>
  );
}
