import { LastChanged } from '../../timeline/LastChanged';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAppStore } from '../../../app/store';
import { EmptyState } from '../../../ui/EmptyState';
import { Loading } from '../../../ui/Loading';
import { Timeline } from '../../timeline/Timeline';
import { HandoffSection } from './HandoffSection';
import { InquiryDetailsSection } from './InquiryDetailsSection';
import { MatchingSection } from './MatchingSection';
import { OutcomeSection } from './OutcomeSection';
import { StageIndicator } from './StageIndicator';
import { useInquiryWithOrganisation } from './useInquiryData';

/** One inquiry (ärende) through its stages: details, matching, handoff, outcome, timeline. */
export function InquiryPage() {
  const { t } = useTranslation();
  const { inquiryId = '' } = useParams();
  const openCallDialog = useAppStore((state) => state.openCallDialog);
  const loaded = useInquiryWithOrganisation(inquiryId);

  if (loaded === undefined) return <Loading label={t('app.loading')} />;
  if (loaded === null) {
    return (
      <EmptyState
        title={t('inquiry.notFound')}
        actions={<Link to="/arenden">{t('inquiry.breadcrumb')}</Link>}
      />
    );
  }

  const { inquiry, organisation } = loaded;
  return (
    <article className="page detail inquiry-page" aria-labelledby="inquiry-title">
      <nav aria-label={t('app.breadcrumbs')} className="breadcrumbs">
        <ol className="breadcrumbs__list">
          <li>
            <Link to="/arenden">{t('inquiry.breadcrumb')}</Link>
          </li>
          {organisation ? (
            <li>
              <Link to={`/organisationer/${organisation.id}`}>{organisation.name}</Link>
            </li>
          ) : null}
        </ol>
      </nav>
      <div className="page__header">
        <h1 id="inquiry-title">{inquiry.title}</h1>
        <div className="page__actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() =>
              openCallDialog({ organisationId: inquiry.organisationId, inquiryId: inquiry.id })
            }
          >
            {t('inquiry.logCall')}
          </button>
        </div>
      </div>
      <LastChanged entityType="inquiry" entityId={inquiry.id} />
      <StageIndicator stage={inquiry.stage} />
      <InquiryDetailsSection inquiry={inquiry} />
      <MatchingSection inquiry={inquiry} />
      <HandoffSection inquiry={inquiry} organisation={organisation} />
      <OutcomeSection inquiry={inquiry} />
      <Timeline scope={{ inquiryId: inquiry.id }} />
    </article>
  );
}
