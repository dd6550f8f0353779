import { useDraft, type DraftState } from '../../../drafts/useDraft';

export type FormDraft<T> = DraftState<T> & {
  /** What the form shows: the typed draft, or the record's current values while untouched. */
  form: T | undefined;
  update: (patch: Partial<T>) => void;
};

/**
 * useDraft for a form that stays open while the record changes underneath (a live page): until the
 * user types, the form follows the record, so saving one section never writes back stale values of
 * another (e.g. the unit chosen in the handoff, shown in matching).
 */
export function useFormDraft<T>(
  key: string,
  initial: T,
  sanitize: (raw: unknown) => T | null,
): FormDraft<T> {
  const draft = useDraft(key, initial, sanitize);
  const form = draft.value === undefined ? undefined : draft.isDirty ? draft.value : initial;
  const update = (patch: Partial<T>) =>
    draft.setValue((previous) => ({ ...(draft.isDirty ? previous : initial), ...patch }));
  return { ...draft, form, update };
}
