import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BRIEF_KINDS } from '../../domain/brief';
import { formatDate, formatDateTime } from '../../lib/dates';
import { EmptyState } from '../../ui/EmptyState';
import { Loading } from '../../ui/Loading';
import { useBriefList } from './useBriefs';
import './briefs.css';

/** `/underlag`: start a new brief of one of the three kinds, or reopen a saved one. */
export function BriefsPage() {
  const { t } = useTranslation();
  const briefs = useBriefList();
  return (
    <div className="page">
      <div className="page__header">
        <h1>{t('briefs.title')}</h1>
      </div>
      <p className="lead">{t('briefs.lead')}</p>
      <section aria-labelledby="brief-new-title" className="brief-kinds">
        <h2 id="brief-new-title">{t('briefs.newTitle')}</h2>
        <ul className="brief-kinds__list">
          {BRIEF_KINDS.map((kind) => (
            <li key={kind} className="card brief-kinds__item">
              <Link to={`/underlag/ny?typ=${kind}`} className="brief-kinds__link">
                {t(`briefs.kinds.${kind}`)}
              </Link>
              <p className="muted">{t(`briefs.kindHints.${kind}`)}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="brief-list-title">
        <h2 id="brief-list-title">{t('briefs.listLabel')}</h2>
        {briefs === undefined ? <Loading label={t('app.loading')} /> : null}
        {briefs?.length === 0 ? (
          <EmptyState title={t('briefs.empty')}>{t('briefs.emptyBody')}</EmptyState>
        ) : null}
        {briefs && briefs.length > 0 ? (
          <table className="brief-list">
            <thead>
              <tr>
                <th scope="col">{t('briefs.colTitle')}</th>
                <th scope="col">{t('briefs.colKind')}</th>
                <th scope="col">{t('briefs.colDate')}</th>
                <th scope="col">{t('briefs.colUpdated')}</th>
                <th scope="col">{t('briefs.colStatus')}</th>
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
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
    </div>
  );
}
