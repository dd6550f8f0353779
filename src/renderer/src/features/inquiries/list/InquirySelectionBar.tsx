import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAppStore } from '../../../app/store';

/** Shown while inquiries are ticked in the list: make a meeting agenda brief of them, or clear. */
export function InquirySelectionBar() {
  const { t } = useTranslation();
  const selectedIds = useAppStore((state) => state.selectedInquiryIds);
  const clearSelection = useAppStore((state) => state.clearInquirySelection);
  if (selectedIds.length === 0) return null;
  const agendaSearch = new URLSearchParams({ typ: 'agenda', arenden: selectedIds.join(',') });
  return (
    <div className="selection-bar" role="region" aria-label={t('inquiries.selection.label')}>
      <span role="status">{t('inquiries.selection.count', { count: selectedIds.length })}</span>
      <Link className="button button--primary" to={`/underlag/ny?${agendaSearch.toString()}`}>
        {t('inquiries.selection.createAgenda')}
      </Link>
      <button type="button" className="button" onClick={clearSelection}>
        {t('inquiries.selection.clear')}
      </button>
    </div>
  );
}
