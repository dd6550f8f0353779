import { useTranslation } from 'react-i18next';

export type BriefActionsProps = {
  isFrozen: boolean;
  isSaving: boolean;
  canExport: boolean;
  isExporting: boolean;
  onSave: () => void;
  onFreeze: () => void;
  onUnfreeze: () => void;
  onPdf: () => void;
  onWord: () => void;
  onMarkdown: () => void;
  /** Only for a saved brief. */
  onDelete?: () => void;
};

/** Spara, Fastställ / Lås upp, the three exports, and Ta bort for a saved brief. */
export function BriefActions(props: BriefActionsProps) {
  const { t } = useTranslation();
  const exportDisabled = !props.canExport || props.isExporting;
  return (
    <div className="brief-actions" role="group" aria-label={t('briefs.actions.label')}>
      {props.isFrozen ? (
        <button type="button" className="button" onClick={props.onUnfreeze}>
          {t('briefs.actions.unfreeze')}
        </button>
      ) : (
        <>
          <button
            type="button"
            className="button button--primary"
            onClick={props.onSave}
            disabled={props.isSaving}
          >
            {props.isSaving ? t('briefs.actions.saving') : t('briefs.actions.save')}
          </button>
          <button
            type="button"
            className="button"
            onClick={props.onFreeze}
            disabled={props.isSaving || !props.canExport}
          >
            {t('briefs.actions.freeze')}
          </button>
        </>
      )}
      <span className="brief-actions__exports">
        <button type="button" className="button" onClick={props.onPdf} disabled={exportDisabled}>
          {t('briefs.actions.pdf')}
        </button>
        <button type="button" className="button" onClick={props.onWord} disabled={exportDisabled}>
          {t('briefs.actions.word')}
        </button>
        <button
          type="button"
          className="button"
          onClick={props.onMarkdown}
          disabled={exportDisabled}
        >
          {t('briefs.actions.markdown')}
        </button>
      </span>
      {props.onDelete ? (
        <button
          type="button"
          className="button brief-actions__delete"
          onClick={props.onDelete}
          disabled={props.isSaving}
        >
          {t('briefs.actions.delete')}
        </button>
      ) : null}
    </div>
  );
}
