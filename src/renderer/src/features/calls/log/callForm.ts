import type { CallInput } from '../model/callInput';
import {
  CALL_DIRECTIONS,
  NOTE_KINDS,
  type CallDirection,
  type NoteKind,
} from '../../../domain/entities';
import { localInputToIso } from '../../../lib/dates';

/** The call dialog's own state: what the navigator has typed and picked, kept as a draft. */
export type CallForm = {
  organisationId: string | null;
  organisationName: string;
  isNewOrganisation: boolean;
  organisationQuery: string;
  /** '' for none, a person's id, or 'new'. */
  contactChoice: string;
  newContactName: string;
  newContactPhone: string;
  direction: CallDirection;
  /** datetime-local value, local time. */
  occurredAt: string;
  durationMinutes: string;
  outcome: string;
  summary: string;
  noteKind: NoteKind;
  /** '' for none, an inquiry's id, or 'new'. */
  inquiryChoice: string;
  inquiryTitle: string;
  inquiryOffer: string;
  nextStep: string;
  dueDate: string;
  completesFollowUpId: string | null;
};

export const CALL_DRAFT_KEY = 'call:new';

export function emptyCallForm(occurredAt: string, noteKind: NoteKind): CallForm {
  return {
    organisationId: null,
    organisationName: '',
    isNewOrganisation: false,
    organisationQuery: '',
    contactChoice: '',
    newContactName: '',
    newContactPhone: '',
    direction: 'inkommande',
    occurredAt,
    durationMinutes: '',
    outcome: 'talade_med',
    summary: '',
    noteKind,
    inquiryChoice: '',
    inquiryTitle: '',
    inquiryOffer: '',
    nextStep: '',
    dueDate: '',
    completesFollowUpId: null,
  };
}

/** True when the navigator has typed or picked anything worth keeping. */
export function hasContent(form: CallForm): boolean {
  return Boolean(
    form.organisationId ||
    form.organisationQuery ||
    form.summary ||
    form.nextStep ||
    form.inquiryTitle,
  );
}

/** Accepts a stored draft only if it still has the form's shape. */
export function sanitizeCallDraft(raw: unknown): CallForm | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const value = raw as Record<string, unknown>;
  const form = emptyCallForm('', 'tjansteanteckning');
  for (const key of Object.keys(form) as (keyof CallForm)[]) {
    const stored = value[key];
    if (
      typeof stored === typeof form[key] ||
      (stored === null && (key === 'organisationId' || key === 'completesFollowUpId'))
    ) {
      Object.assign(form, { [key]: stored });
    } else if (
      typeof stored === 'string' &&
      (key === 'organisationId' || key === 'completesFollowUpId')
    ) {
      Object.assign(form, { [key]: stored });
    }
  }
  if (!(CALL_DIRECTIONS as readonly string[]).includes(form.direction))
    form.direction = 'inkommande';
  if (!(NOTE_KINDS as readonly string[]).includes(form.noteKind))
    form.noteKind = 'tjansteanteckning';
  return hasContent(form) ? form : null;
}

/** The form as the domain's CallInput, ready for validation and saving. */
export function toCallInput(form: CallForm): CallInput {
  return {
    organisation: form.isNewOrganisation
      ? { kind: 'new', name: form.organisationName }
      : form.organisationId
        ? { kind: 'existing', id: form.organisationId }
        : null,
    contact:
      form.contactChoice === 'new'
        ? { kind: 'new', name: form.newContactName, phone: form.newContactPhone }
        : form.contactChoice
          ? { kind: 'existing', id: form.contactChoice }
          : { kind: 'none' },
    direction: form.direction,
    occurredAt: localInputToIso(form.occurredAt),
    durationMinutes: form.durationMinutes,
    outcome: form.outcome,
    summary: form.summary,
    noteKind: form.noteKind,
    inquiry:
      form.inquiryChoice === 'new'
        ? { kind: 'new', title: form.inquiryTitle, offer: form.inquiryOffer }
        : form.inquiryChoice
          ? { kind: 'existing', id: form.inquiryChoice }
          : { kind: 'none' },
    nextStep: form.nextStep,
    dueDate: form.dueDate,
    completesFollowUpId: form.completesFollowUpId,
  };
}
