import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useAppStore } from '../../../app/store';
import { db } from '../../../db/db';
import { primaryContactIdOf } from '../../contacts/data/contactPersonRepository';
import { loadDraft } from '../../../drafts/draftRepository';
import { isoToLocalInput, nowIso } from '../../../lib/dates';
import { useReadySession } from '../../../session/SessionContext';
import { CallDialog } from './CallDialog';
import { CALL_DRAFT_KEY, emptyCallForm, type CallForm } from './callForm';
import { CallSavedNotice } from './CallSavedNotice';
import type { SavedCall } from './callSaved';
import { useFocusReturn } from './useFocusReturn';

/**
 * Mounts the call dialog when asked for (shortcut, menu, buttons) and, after a save, the notice
 * that leads on. A prefill names the organisation (and the follow-up the call completes); its
 * name is looked up before the dialog opens. Closing gives focus back to what opened it.
 */
export function CallDialogHost() {
  const { isOpen, prefill } = useAppStore((state) => state.callDialog);
  const { settings } = useReadySession();
  const [saved, setSaved] = useState<SavedCall | null>(null);
  useFocusReturn(isOpen);
  // Watched while closed too, so the dialog opens at once with any unsaved call: the first
  // keystrokes after the shortcut must land in the search field, not before it exists.
  const storedDraft = useLiveQuery(async () => (await loadDraft(CALL_DRAFT_KEY)) ?? null, []);
  const hasPrefill = Boolean(prefill.organisationId || prefill.followUpId || prefill.inquiryId);
  const prefilled = useLiveQuery(async (): Promise<CallForm | null> => {
    if (!isOpen || !hasPrefill) return null;
    const form = emptyCallForm(isoToLocalInput(nowIso()), settings.defaultNoteKind);
    const followUp = prefill.followUpId ? await db.followUps.get(prefill.followUpId) : undefined;
    const inquiry = prefill.inquiryId ? await db.inquiries.get(prefill.inquiryId) : undefined;
    const organisationId =
      prefill.organisationId ?? followUp?.organisationId ?? inquiry?.organisationId;
    const organisation = organisationId ? await db.organisations.get(organisationId) : undefined;
    if (!organisation) return form;
    const contactId = await primaryContactIdOf(organisation.id);
    return {
      ...form,
      organisationId: organisation.id,
      organisationName: organisation.name,
      inquiryChoice: prefill.inquiryId ?? followUp?.inquiryId ?? '',
      contactChoice: contactId ?? '',
      completesFollowUpId: followUp?.id ?? null,
      summary: followUp ? `${followUp.nextStep}: ` : '',
      direction: followUp ? 'utgaende' : form.direction,
    };
  }, [isOpen, hasPrefill, prefill, settings.defaultNoteKind]);

  const initial = !isOpen
    ? null
    : hasPrefill
      ? (prefilled ?? null)
      : emptyCallForm(isoToLocalInput(nowIso()), settings.defaultNoteKind);
  return (
    <>
      {saved ? <CallSavedNotice saved={saved} onDismiss={() => setSaved(null)} /> : null}
      {initial && storedDraft !== undefined ? (
        <CallDialog initial={initial} storedDraft={storedDraft} onSaved={setSaved} />
      ) : null}
    </>
  );
}
