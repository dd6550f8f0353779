import { LastChanged } from '../timeline/LastChanged';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAppStore } from '../../app/store';
import { db } from '../../db/db';
import { setOrganisationArchived } from './data/organisationRepository';
import { EmptyState } from '../../ui/EmptyState';
import { Loading } from '../../ui/Loading';
import { Notice } from '../../ui/Notice';
import { useConfirm } from '../../ui/useConfirm';
import { ContactPersonsSection } from '../contacts/ContactPersonsSection';
import { Timeline } from '../timeline/Timeline';
import { useActorId } from '../../session/SessionContext';
import { useErrorMessage } from '../../session/useErrorMessage';
import { OrganisationFacts } from './OrganisationFacts';
import { OrganisationInquiries } from './OrganisationInquiries';

export function OrganisationDetailPage() {
  const { t } = useTranslation();
  const { organisationId = '' } = useParams();
  const actorId = useActorId();
  const openCallDialog = useAppStore((state) => state.openCallDialog);
  const toMessage = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const [confirm, confirmDialog] = useConfirm();
  const organisation = useLiveQuery(
    async () => (await db.organisations.get(organisationId)) ?? null,
    [organisationId],
  );

  if (organisation === undefined) return <Loading label={t('app.loading')} />;
  if (organisation === null) {
    return (
      <EmptyState
        title={t('organisations.notFound')}
        actions={<Link to="/organisationer">{t('nav.organisations')}</Link>}
      />
    );
  }
  const isArchived = organisation.status === 'archived';

  const handleArchiveToggle = async () => {
    const isConfirmed =
      isArchived ||
      (await confirm({
        title: t('confirm.archiveOrganisation.title', { name: organisation.name }),
        message: t('confirm.archiveOrganisation.message'),
        confirmLabel: t('confirm.archiveOrganisation.confirm'),
        cancelLabel: t('common.cancel'),
      }));
    if (!isConfirmed) return;
    try {
      setError(null);
      await setOrganisationArchived(organisation.id, !isArchived, actorId);
    } catch (caught) {
      setError(toMessage(caught));
    }
  };

  return (
    <article className="page detail" aria-labelledby="organisation-title">
      <nav aria-label={t('app.breadcrumbs')} className="breadcrumbs">
        <Link to="/organisationer">{t('nav.organisations')}</Link>
      </nav>
      <div className="page__header">
        <h1 id="organisation-title">{organisation.name}</h1>
        <div className="page__actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() => openCallDialog({ organisationId: organisation.id })}
          >
            {t('timeline.logCall')}
          </button>
          <Link
            to={`/underlag/ny?typ=organisation&organisation=${organisation.id}`}
            className="button"
          >
            {t('briefs.createFromOrganisation')}
          </Link>
          <Link to={`/organisationer/${organisation.id}/redigera`} className="button">
            {t('common.edit')}
          </Link>
          <button type="button" className="button" onClick={() => void handleArchiveToggle()}>
            {isArchived ? t('common.restore') : t('common.archive')}
          </button>
        </div>
      </div>
      <LastChanged entityType="organisation" entityId={organisation.id} />
      {isArchived ? <Notice tone="warning">{t('organisation.archivedNotice')}</Notice> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="detail__columns">
        <OrganisationFacts organisation={organisation} />
        <div>
          <ContactPersonsSection organisationId={organisation.id} />
          <OrganisationInquiries organisationId={organisation.id} />
        </div>
      </div>
      <Timeline scope={{ organisationId: organisation.id }} />
      <p>
        <Link to={`/samtal?organisation=${organisation.id}&fran=2000-01-01`}>
          {t('organisation.allCalls')}
        </Link>
      </p>
      {confirmDialog}
    </article>
  );
}
