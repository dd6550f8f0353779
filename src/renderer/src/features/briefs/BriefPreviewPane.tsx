import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { BriefKind } from '../../domain/brief';
import { Loading } from '../../ui/Loading';
import { Notice } from '../../ui/Notice';
import { BriefPreview } from './BriefPreview';
import type { BriefContentState } from './useBriefContent';

export type BriefPreviewPaneProps = {
  state: BriefContentState;
  kind: BriefKind;
  /** The charts are rasterised from this pane's SVGs for the Word export. */
  ref: Ref<HTMLElement>;
};

/** The editor's right column: the live A4 preview, or why there is none yet. */
export function BriefPreviewPane({ state, kind, ref }: BriefPreviewPaneProps) {
  const { t } = useTranslation();
  return (
    <section className="brief-editor__preview" aria-labelledby="brief-preview-title" ref={ref}>
      <h2 id="brief-preview-title">{t('briefs.preview.label')}</h2>
      <p className="muted brief-editor__hint">{t('briefs.preview.hint')}</p>
      {state.status === 'loading' ? (
        <div className="brief-editor__loading">
          <Loading
            label={
              kind === 'management' ? t('briefs.preview.computing') : t('briefs.preview.loading')
            }
          />
        </div>
      ) : null}
      {state.status === 'missing' ? (
        <Notice tone="info">
          {kind === 'organisation'
            ? t('briefs.organisation.missing')
            : t('briefs.errors.periodRequired')}
        </Notice>
      ) : null}
      {state.status === 'ready' && state.missingInquiries > 0 ? (
        <Notice tone="warning">
          {t('briefs.agenda.missingInquiries', { count: state.missingInquiries })}
        </Notice>
      ) : null}
      {state.status === 'ready' ? (
        <BriefPreview
          content={state.content}
          pageText={{ page: t('briefs.preview.page'), of: t('briefs.preview.of') }}
        />
      ) : null}
    </section>
  );
}
