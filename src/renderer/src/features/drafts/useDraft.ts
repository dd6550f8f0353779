import { useCallback, useEffect, useRef, useState } from 'react';
import { deleteDraft, loadDraft, saveDraft } from '../../db/draftRepository';

export type DraftState<T> = {
  /** undefined while the draft (or the record being edited) is loading. */
  value: T | undefined;
  setValue: (next: T) => void;
  /** When a stored draft was restored, its time; null for a fresh form. */
  restoredAt: string | null;
  isDirty: boolean;
  /** Throws the typed text away and goes back to the record's values. */
  discard: () => Promise<void>;
  /** Call after a successful save. */
  clear: () => Promise<void>;
};

/**
 * Form values that survive a closed window, a crash or a reload: every change is written to the
 * drafts table at once (a put is a few ms), and reopening the form restores it.
 * `sanitize` checks a stored draft still has the form's shape (it may be from an older version).
 */
export function useDraft<T>(key: string, initial: T | undefined, sanitize: (raw: unknown) => T | null): DraftState<T> {
  const [value, setValueState] = useState<T | undefined>(undefined);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const [isDirty, setIsDirty] = useState(false);
  const writeChain = useRef<Promise<void>>(Promise.resolve());
  const sanitizeRef = useRef(sanitize);

  useEffect(() => {
    if (initial === undefined) return;
    let isCancelled = false;
    void loadDraft(key).then((draft) => {
      if (isCancelled) return;
      const restored = draft ? sanitizeRef.current(draft.value) : null;
      setValueState(restored ?? initial);
      setRestoredAt(restored && draft ? draft.updatedAt : null);
      setIsDirty(restored !== null);
    });
    return () => {
      isCancelled = true;
    };
    // The record's values count once, when it has loaded; later edits come from the user.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, initial === undefined]);

  const setValue = useCallback(
    (next: T) => {
      setValueState(next);
      setIsDirty(true);
      // Writes are chained so an older value never lands after a newer one.
      writeChain.current = writeChain.current.then(() => saveDraft(key, next)).catch(() => undefined);
    },
    [key],
  );

  const clear = useCallback(async () => {
    await writeChain.current;
    await deleteDraft(key);
    setIsDirty(false);
    setRestoredAt(null);
  }, [key]);

  const discard = useCallback(async () => {
    await clear();
    setValueState(initial);
  }, [clear, initial]);

  return { value, setValue, restoredAt, isDirty, discard, clear };
}
