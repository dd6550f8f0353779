import { useCallback, useEffect, useRef, useState } from 'react';
import { deleteDraft, loadDraft, saveDraft } from './draftRepository';

export type DraftState<T> = {
  /** undefined while the draft (or the record being edited) is loading. */
  value: T | undefined;
  /** Takes an updater, so fast typing never builds on a stale render's values. */
  setValue: (update: (previous: T) => T) => void;
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
export function useDraft<T>(
  key: string,
  initial: T | undefined,
  sanitize: (raw: unknown) => T | null,
  /**
   * The stored draft when the caller already has it (null: none). Then the form is ready at once,
   * with no async load during which the first keystrokes could be lost.
   */
  preloaded?: { value: unknown; updatedAt: string } | null,
): DraftState<T> {
  const [start] = useState(() => {
    if (preloaded === undefined || initial === undefined) return null;
    const restored = preloaded ? sanitize(preloaded.value) : null;
    return {
      value: restored ?? initial,
      restoredAt: restored && preloaded ? preloaded.updatedAt : null,
    };
  });
  const [value, setValueState] = useState<T | undefined>(start?.value);
  const [restoredAt, setRestoredAt] = useState<string | null>(start?.restoredAt ?? null);
  const [isDirty, setIsDirty] = useState(start?.restoredAt != null);
  const writeChain = useRef<Promise<void>>(Promise.resolve());
  // The newest value, ahead of React's render, so quick successive changes build on each other.
  const latest = useRef<T | undefined>(start?.value);
  const pending = useRef<T | undefined>(undefined);
  const isWriting = useRef(false);
  const sanitizeRef = useRef(sanitize);

  useEffect(() => {
    if (initial === undefined || start !== null) return;
    let isCancelled = false;
    void loadDraft(key).then((draft) => {
      if (isCancelled) return;
      const restored = draft ? sanitizeRef.current(draft.value) : null;
      latest.current = restored ?? initial;
      setValueState(latest.current);
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
    (update: (previous: T) => T) => {
      if (latest.current === undefined) return;
      const next = update(latest.current);
      latest.current = next;
      setValueState(next);
      setIsDirty(true);
      // Coalesced: while one write is in flight, only the newest value waits behind it, so a burst
      // of keystrokes costs two writes, and an older value never lands after a newer one.
      pending.current = next;
      if (!isWriting.current) {
        isWriting.current = true;
        writeChain.current = (async () => {
          while (pending.current !== undefined) {
            const value = pending.current;
            pending.current = undefined;
            await saveDraft(key, value).catch(() => undefined);
          }
          isWriting.current = false;
        })();
      }
    },
    [key],
  );

  const clear = useCallback(async () => {
    pending.current = undefined;
    await writeChain.current;
    await deleteDraft(key);
    setIsDirty(false);
    setRestoredAt(null);
  }, [key]);

  const discard = useCallback(async () => {
    await clear();
    latest.current = initial;
    setValueState(initial);
  }, [clear, initial]);

  return { value, setValue, restoredAt, isDirty, discard, clear };
}
