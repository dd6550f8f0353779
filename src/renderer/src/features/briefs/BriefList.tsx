import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BriefEntity } from '../../domain/brief';
import { formatDate, formatDateTime } from '../../lib/dates';

export type BriefListProps = { briefs: BriefEntity[]; onDelete: (brief: BriefEntity) => void };

/** The saved briefs: title (opens it), kind, meeting date or period, last change, state, delete. */
export function BriefList({ briefs, onDelete }: BriefListProps) {
  const { t } = useTranslation();
  return (
    <table className="brief-list">
      <thead>
        <tr>
          <th scope="col">{t('briefs.colTitle')}</th>
          <th scope="col">{t('briefs.colKind')}</th>
          <th scope="col">{t('briefs.colDate')}</th>
          <th scope="col">{t('briefs.colUpdated')}</th>
          <th scope="col">{t('briefs.colStatus')}</th>
          <th scope="col">{t('briefs.colActions')}</th>
        </tr>
      </thead>
      <tbody>
        {briefs.map((brief) => (
          <tr key={brief.id}>
            <td>
              <Link to={`/underlag/${brief.id}`}>
                {brief.title || t(`briefs.kinds.${brief.kind}`)}
              </Link>
            </td>
            <td>{t(`briefs.kinds.${brief.kind}`)}</td>
            <td>
              {brief.meetingDate
                ? formatDate(brief.meetingDate)
                : brief.periodStart && brief.periodEnd
                  ? `${formatDate(brief.periodStart)} – ${formatDate(brief.periodEnd)}`
                  : t('common.none')}
            </td>
            <td>{formatDateTime(brief.updatedAt)}</td>
            <td>
              {brief.frozenAt ? (
                <span className="badge">{t('briefs.frozen')}</span>
              ) : (
                <span className="muted">{t('briefs.live')}</span>
              )}
            </td>
            <td>
              <button
                type="button"
                className="button button--small"
                aria-label={t('briefs.delete.rowLabel', {
                  title: brief.title || t(`briefs.kinds.${brief.kind}`),
                })}
                onClick={() => onDelete(brief)}
              >
                {t('briefs.actions.delete')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
