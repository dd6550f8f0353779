import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { freezeBrief, saveBrief, unfreezeBrief } from './data/briefRepository';
import type { BriefEntity } from '../../domain/brief';
import { formatDateTime } from '../../lib/dates';
import { Loading } from '../../ui/Loading';
import { Notice } from '../../ui/Notice';
import { useConfirm } from '../../ui/useConfirm';
import { useDraft } from '../../drafts/useDraft';
import { useActorId } from '../../session/SessionContext';
import { BriefActions } from './BriefActions';
import { sanitizeBriefDraft, type BriefDraft } from './briefDraft';
import { DeleteBriefDialog } from './DeleteBriefDialog';
import { LeaveBriefDialog } from './LeaveBriefDialog';
import { BriefOptionsForm } from './BriefOptionsForm';
import { BriefPreviewPane } from './BriefPreviewPane';
import { useBriefContent } from './useBriefContent';
import { useBriefErrorMessage } from './useBriefErrorMessage';
import { useBriefExports, type ExportMessage } from './useBriefExports';
import { useLeaveGuard } from './useLeaveGuard';
import './briefs.css';
import { DraftNotice } from '../../ui/DraftNotice';

export type BriefEditorProps = {
  brief: BriefEntity | null;
  initialDraft: BriefDraft;
  /** Where unsaved changes are kept (the drafts table) until saved or thrown away. */
  draftKey: string;
  /** The result of the save that created this brief (the editor is remounted after it). */
  initialMessage: string | null;
};

/** Options on the left, the live A4 preview on the right; save, freeze and export above. */
export function BriefEditor({ brief, initialDraft, draftKey, initialMessage }: BriefEditorProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const actorId = useActorId();
  const toMessage = useBriefErrorMessage();
  const isFrozen = brief?.frozenAt != null;
  const stored = useDraft(draftKey, initialDraft, sanitizeBriefDraft);
  // A fastställd brief cannot change, so a draft (left from before it was fastställd) is not used.
  const draft = isFrozen ? initialDraft : (stored.value ?? initialDraft);
  const setDraft = stored.setValue;
  const hasChanges = stored.isDirty && !isFrozen;
  const guard = useLeaveGuard(hasChanges);
  const [isDeleteOpen, setIsDeleteOpen] = useState(false);
  const [confirm, confirmDialog] = useConfirm();
  const [isSaving, setIsSaving] = useState(false);
  const [result, setResult] = useState<ExportMessage | null>(
    initialMessage ? { tone: 'success', text: initialMessage } : null,
  );
  const previewRef = useRef<HTMLElement>(null);
  const exports = useBriefExports(previewRef);
  const state = useBriefContent(draft, isFrozen ? brief?.frozenContent : null);
  const content = state.status === 'ready' ? state.content : null;
  const isPeriodInvalid =
    draft.periodStart !== null && draft.periodEnd !== null && draft.periodEnd < draft.periodStart;

  const show = (message: ExportMessage) => {
    exports.setMessage(null);
    setResult(message);
  };

  const run = async (action: () => Promise<string>) => {
    setIsSaving(true);
    try {
      show({ tone: 'success', text: await action() });
    } catch (error) {
      show({ tone: 'error', text: toMessage(error) });
    } finally {
      setIsSaving(false);
    }
  };

  /** A new brief moves to its own address; the message travels along in the history state. */
  const openSaved = (id: string, message: string) => {
    void navigate(`/underlag/${id}`, { replace: true, state: { briefMessage: message } });
    return message;
  };

  /** An empty title is saved as the generated one, so the list can tell briefs apart. */
  const toSave = (): BriefDraft => ({
    ...draft,
    title: draft.title.trim() || content?.title || '',
  });

  const handleSave = () =>
    run(async () => {
      const saved = await saveBrief(brief?.id ?? null, toSave(), actorId);
      setDraft((current) => ({ ...current, title: saved.title }));
      await stored.clear();
      const message = t('briefs.messages.saved');
      return brief ? message : openSaved(saved.id, message);
    });

  const handleFreeze = async () => {
    if (!content) return;
    const isConfirmed = await confirm({
      title: t('confirm.freezeBrief.title'),
      message: t('confirm.freezeBrief.message'),
      confirmLabel: t('confirm.freezeBrief.confirm'),
      cancelLabel: t('common.cancel'),
    });
    if (!isConfirmed) return;
    await run(async () => {
      const saved = await saveBrief(brief?.id ?? null, toSave(), actorId);
      await freezeBrief(saved.id, content, actorId);
      await stored.clear();
      const message = t('briefs.messages.frozen');
      return brief ? message : openSaved(saved.id, message);
    });
  };

  const handleUnfreeze = async () => {
    if (!brief) return;
    const isConfirmed = await confirm({
      title: t('confirm.unfreezeBrief.title'),
      message: t('confirm.unfreezeBrief.message'),
      confirmLabel: t('confirm.unfreezeBrief.confirm'),
      cancelLabel: t('common.cancel'),
    });
    if (!isConfirmed) return;
    await run(async () => {
      await unfreezeBrief(brief.id, actorId);
      return t('briefs.messages.unfrozen');
    });
  };

  const withContent = (action: (ready: NonNullable<typeof content>) => Promise<void>) => () => {
    setResult(null);
    if (content) void action(content);
  };

  const handleDeleted = async (text: string) => {
    await stored.clear();
    void navigate('/underlag', { state: { briefMessage: text } });
  };

  const leaveDiscarding = async () => {
    await stored.clear();
    guard.leave();
  };

  const message = exports.message ?? result;
  if (!isFrozen && stored.value === undefined) return <Loading label={t('app.loading')} />;
  return (
    <div className="brief-editor">
      <BriefActions
        isFrozen={isFrozen}
        isSaving={isSaving}
        canExport={content !== null}
        isExporting={exports.isBusy}
        onSave={() => void handleSave()}
        onFreeze={() => void handleFreeze()}
        onUnfreeze={() => void handleUnfreeze()}
        onPdf={withContent(exports.exportPdf)}
        onWord={withContent(exports.exportWord)}
        onMarkdown={withContent(exports.copyMarkdown)}
        onDelete={brief ? () => setIsDeleteOpen(true) : undefined}
      />
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      {hasChanges && stored.restoredAt ? (
        <DraftNotice
          message={t('briefs.leave.restored', { date: formatDateTime(stored.restoredAt) })}
          discardLabel={t('briefs.leave.discardDraft')}
          onDiscard={() => void stored.discard()}
        />
      ) : null}
      {isFrozen && brief?.frozenAt ? (
        <Notice tone="info">
          {t('briefs.messages.frozenNotice', { date: formatDateTime(brief.frozenAt) })}
        </Notice>
      ) : null}
      <div className="brief-editor__columns">
        <section className="brief-editor__options" aria-labelledby="brief-options-title">
          <h2 id="brief-options-title">{t('briefs.options')}</h2>
          <BriefOptionsForm
            draft={draft}
            onChange={(patch) => setDraft((current) => ({ ...current, ...patch }))}
            isDisabled={isFrozen}
            periodError={isPeriodInvalid ? t('briefs.errors.periodInvalid') : undefined}
          />
        </section>
        <BriefPreviewPane ref={previewRef} state={state} kind={draft.kind} />
      </div>
      <DeleteBriefDialog
        brief={isDeleteOpen ? brief : null}
        onClose={() => setIsDeleteOpen(false)}
        onDeleted={(text) => void handleDeleted(text)}
      />
      <LeaveBriefDialog
        isOpen={guard.pendingTo !== null}
        onStay={guard.stay}
        onLeave={guard.leave}
        onDiscard={() => void leaveDiscarding()}
      />
      {confirmDialog}
    </div>
  );
}
