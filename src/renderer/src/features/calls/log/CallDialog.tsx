import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../../app/store';
import { logCall } from '../data/callRepository';
import { primaryContactIdOf } from '../../contacts/data/contactPersonRepository';
import { validateCallInput, type CallErrors, type CallField } from '../model/callInput';
import { formatDateTime, now } from '../../../lib/dates';
import { Dialog } from '../../../ui/Dialog';
import { Notice } from '../../../ui/Notice';
import { useConfirm } from '../../../ui/useConfirm';
import { useDraft } from '../../../drafts/useDraft';
import { useActorId } from '../../../session/SessionContext';
import { useErrorMessage } from '../../../session/useErrorMessage';
import { CallDetailsFields } from './CallDetailsFields';
import { CALL_DRAFT_KEY, sanitizeCallDraft, toCallInput, type CallForm } from './callForm';
import { savedCallOf, type SavedCall } from './callSaved';
import { FollowUpFields } from './FollowUpFields';
import { OrganisationPicker } from './OrganisationPicker';
import { OrganisationLinks } from './OrganisationLinks';
import { DraftNotice } from '../../../ui/DraftNotice';

export type CallDialogProps = {
  initial: CallForm;
  storedDraft: { value: unknown; updatedAt: string } | null;
  /** After the save, before the dialog closes: what the "saved" notice shows. */
  onSaved: (saved: SavedCall) => void;
};

/** "Logga samtal": everything about one call, saved with Ctrl+Enter in one transaction. */
export function CallDialog({ initial, storedDraft, onSaved }: CallDialogProps) {
  const { t } = useTranslation();
  const actorId = useActorId();
  const toMessage = useErrorMessage();
  const close = useAppStore((state) => state.closeCallDialog);
  const draft = useDraft(CALL_DRAFT_KEY, initial, sanitizeCallDraft, storedDraft);
  const [isSubmitted, setIsSubmitted] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const isSaving = useRef(false);
  const summaryRef = useRef<HTMLTextAreaElement>(null);
  const form = draft.value;
  const formRef = useRef<HTMLFormElement>(null);
  const [confirm, confirmDialog] = useConfirm();
  const hasPickedOrganisation = Boolean(form?.organisationId || form?.isNewOrganisation);

  // The dialog opens on where the user goes on (a restored draft: the summary; otherwise the
  // organisation search), never on "Börja om", which would throw the call away on Enter. Runs
  // after the <dialog> has opened (child effects first), so showModal's own focus is replaced.
  useEffect(() => {
    if (hasPickedOrganisation && summaryRef.current) {
      const summary = summaryRef.current;
      summary.focus();
      summary.setSelectionRange(summary.value.length, summary.value.length);
    } else formRef.current?.querySelector<HTMLElement>('[role="combobox"]')?.focus();
    // Only when the dialog opens; later the user's own moves decide.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const title = t('callLog.title');
  if (!form) return null;

  const validation = validateCallInput(toCallInput(form), now());
  const errors: CallErrors = isSubmitted && !validation.ok ? validation.errors : {};
  const errorOf = (field: CallField) =>
    errors[field] ? t(`errors.${errors[field]}` as 'errors.invalid') : undefined;
  const update = (patch: Partial<CallForm>) =>
    draft.setValue((previous) => ({ ...previous, ...patch }));

  const handleSave = async (event?: FormEvent) => {
    event?.preventDefault();
    if (isSaving.current) return;
    setIsSubmitted(true);
    setSaveError(null);
    if (!validation.ok) {
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('.dialog [aria-invalid="true"]')?.focus(),
      );
      return;
    }
    isSaving.current = true;
    try {
      const logged = await logCall(toCallInput(form), actorId);
      await draft.clear();
      onSaved(savedCallOf(logged, form.organisationName, form.inquiryChoice === 'new'));
      close();
    } catch (error) {
      setSaveError(toMessage(error));
      isSaving.current = false;
    }
  };

  const handleDiscard = async () => {
    const isConfirmed = await confirm({
      title: t('confirm.discardCall.title'),
      message: t('confirm.discardCall.message'),
      confirmLabel: t('confirm.discardCall.confirm'),
      cancelLabel: t('confirm.discardCall.cancel'),
      tone: 'danger',
    });
    if (!isConfirmed) return;
    await draft.discard();
    close();
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.repeat) {
      event.preventDefault();
      void handleSave();
    }
  };

  return (
    <>
      <Dialog title={title} isOpen onClose={close} className="dialog--wide">
        <form
          ref={formRef}
          onSubmit={handleSave}
          onKeyDown={handleKeyDown}
          noValidate
          className="dialog__form call-form"
        >
          {draft.restoredAt ? (
            <DraftNotice
              message={t('callLog.draftRestored', { time: formatDateTime(draft.restoredAt) })}
              discardLabel={t('callLog.startOver')}
              onDiscard={() => void draft.discard()}
            />
          ) : null}
          {form.organisationId || form.isNewOrganisation ? (
            <div className="picked">
              <span>
                {t('callLog.organisation')}: <strong>{form.organisationName}</strong>
                {form.isNewOrganisation ? (
                  <span className="badge">{t('callLog.newBadge')}</span>
                ) : null}
              </span>
              <button
                type="button"
                className="button button--small"
                onClick={() =>
                  update({
                    organisationId: null,
                    isNewOrganisation: false,
                    organisationName: '',
                    contactChoice: '',
                    inquiryChoice: '',
                  })
                }
              >
                {t('callLog.changeOrganisation')}
              </button>
            </div>
          ) : (
            <OrganisationPicker
              query={form.organisationQuery}
              error={errorOf('organisation')}
              onQueryChange={(organisationQuery) => update({ organisationQuery })}
              onPick={(picked) => {
                update({
                  organisationId: picked.id,
                  organisationName: picked.name,
                  isNewOrganisation: picked.id === null,
                  organisationQuery: '',
                });
                // After the pick the next thing to type is what was said. Focus moves at once (the
                // summary field is already there): a frame later, a fast typist's first letter is lost.
                summaryRef.current?.focus();
                // The main contact is preselected (still changeable) once it has been looked up.
                if (picked.id) {
                  const organisationId = picked.id;
                  void primaryContactIdOf(organisationId).then((contactId) => {
                    if (!contactId) return;
                    draft.setValue((previous) =>
                      previous.organisationId === organisationId && previous.contactChoice === ''
                        ? { ...previous, contactChoice: contactId }
                        : previous,
                    );
                  });
                }
              }}
            />
          )}
          <OrganisationLinks form={form} update={update} errorOf={errorOf} />
          <CallDetailsFields
            form={form}
            update={update}
            errorOf={errorOf}
            summaryRef={summaryRef}
          />
          <FollowUpFields form={form} update={update} errorOf={errorOf} />
          {saveError ? <Notice tone="error">{saveError}</Notice> : null}
          <div className="form__actions">
            <button
              type="submit"
              className="button button--primary"
              aria-keyshortcuts="Control+Enter"
            >
              {t('callLog.save')}
            </button>
            <button type="button" className="button" onClick={close}>
              {t('callLog.closeKeepDraft')}
            </button>
            {draft.isDirty ? (
              <button
                type="button"
                className="button button--link"
                onClick={() => void handleDiscard()}
              >
                {t('callLog.discard')}
              </button>
            ) : null}
          </div>
        </form>
      </Dialog>
      {confirmDialog}
    </>
  );
}
