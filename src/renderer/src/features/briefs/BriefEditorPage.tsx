import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { todayIso } from '../../lib/dates';
import { EmptyState } from '../../ui/EmptyState';
import { Loading } from '../../ui/Loading';
import { BriefEditor } from './BriefEditor';
import { briefDraftKey, draftFromBrief, draftFromSearch } from './briefDraft';
import { messageFromState } from './briefMessage';
import { useBrief } from './useBriefs';

/** `/underlag/ny?typ=…` for a new brief, `/underlag/:briefId` for a saved one. */
export function BriefEditorPage() {
  const { t } = useTranslation();
  const { briefId = null } = useParams();
  const [search] = useSearchParams();
  const brief = useBrief(briefId);
  const { state } = useLocation();

  if (briefId !== null && brief === undefined) return <Loading label={t('app.loading')} />;
  if (briefId !== null && !brief) {
    return (
      <EmptyState
        title={t('briefs.notFound')}
        actions={<Link to="/underlag">{t('briefs.title')}</Link>}
      />
    );
  }
  const initialDraft = brief ? draftFromBrief(brief) : draftFromSearch(search, todayIso());
  const heading = brief
    ? brief.title || t(`briefs.kinds.${brief.kind}`)
    : t(`briefs.newTitles.${initialDraft.kind}`);
  return (
    <article className="page page--brief" aria-labelledby="brief-page-title">
      <nav aria-label={t('app.breadcrumbs')} className="breadcrumbs">
        <Link to="/underlag">{t('briefs.title')}</Link>
      </nav>
      <div className="page__header">
        <h1 id="brief-page-title">
          {heading}
          {brief?.frozenAt ? <span className="badge">{t('briefs.frozen')}</span> : null}
        </h1>
      </div>
      <BriefEditor
        key={`${brief?.id ?? 'ny'}:${search.toString()}`}
        brief={brief ?? null}
        initialDraft={initialDraft}
        draftKey={briefDraftKey(brief?.id ?? null, search)}
        initialMessage={messageFromState(state)}
      />
    </article>
  );
}
