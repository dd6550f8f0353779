import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { inquiriesOfOrganisation } from '../inquiries/data/inquiryRepository';
import { formatDate } from '../../lib/dates';
import { Loading } from '../../ui/Loading';

export type OrganisationInquiriesProps = { organisationId: string };

/** The organisation's inquiries with their stage, so its page answers "what is going on with them?". */
export function OrganisationInquiries({ organisationId }: OrganisationInquiriesProps) {
  const { t } = useTranslation();
  const inquiries = useLiveQuery(() => inquiriesOfOrganisation(organisationId), [organisationId]);
  return (
    <section className="card" aria-labelledby="organisation-inquiries-title">
      <h2 id="organisation-inquiries-title">{t('organisation.inquiries')}</h2>
      {inquiries === undefined ? <Loading label={t('app.loading')} /> : null}
      {inquiries?.length === 0 ? <p className="muted">{t('organisation.noInquiries')}</p> : null}
      <ul className="people">
        {inquiries?.map((inquiry) => (
          <li key={inquiry.id} className="people__item">
            <div className="people__main">
              <Link to={`/arenden/${inquiry.id}`}>{inquiry.title}</Link>
              <span className={`badge${inquiry.stage === 'avslutat' ? ' badge--muted' : ''}`}>
                {t(`inquiries.stages.${inquiry.stage}`)}
              </span>
              <div className="people__meta">
                {t('organisation.inquiryReceived', { date: formatDate(inquiry.receivedAt) })}
              </div>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
