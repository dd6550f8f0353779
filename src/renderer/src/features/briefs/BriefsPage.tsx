import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { BRIEF_KINDS, type BriefEntity } from '../../domain/brief';
import { EmptyState } from '../../ui/EmptyState';
import { Loading } from '../../ui/Loading';
import { Notice } from '../../ui/Notice';
import { BriefList } from './BriefList';
import { messageFromState } from './briefMessage';
import { DeleteBriefDialog } from './DeleteBriefDialog';
import { useBriefList } from './useBriefs';
import './briefs.css';

/** `/underlag`: start a new brief of one of the three kinds, or reopen a saved one. */
export function BriefsPage() {
  const { t } = useTranslation();
  const briefs = useBriefList();
  const { state } = useLocation();
  const [toDelete, setToDelete] = useState<BriefEntity | null>(null);
  // A deletion from the editor arrives with the navigation; one from the list is set here.
  const [message, setMessage] = useState<string | null>(() => messageFromState(state));
  return (
    <div className="page">
      <div className="page__header">
        <h1>{t('briefs.title')}</h1>
      </div>
      <p className="lead">{t('briefs.lead')}</p>
      {message ? <Notice tone="success">{message}</Notice> : null}
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
        {briefs && briefs.length > 0 ? <BriefList briefs={briefs} onDelete={setToDelete} /> : null}
      </section>
      <DeleteBriefDialog
        brief={toDelete}
        onClose={() => setToDelete(null)}
        onDeleted={(text) => {
          setToDelete(null);
          setMessage(text);
        }}
      />
    </div>
  );
}
