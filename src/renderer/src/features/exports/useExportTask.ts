import { useCallback, useEffect, useRef, useState } from 'react';
import { useAppStore } from '../../app/store';
import type { TaskState } from '../../app/slices/taskSlice';

export type ExportTask<State> = {
  /** What the open screen shows. */
  state: State;
  /** Reports progress or the outcome: to the screen while it is open, to the task bar after. */
  report: (next: State) => void;
  /** Starts a run and gives the signal that "Avbryt export" aborts. */
  begin: () => AbortSignal;
  /** The run is over (saved, failed or cancelled). */
  end: () => void;
  cancel: () => void;
};

/**
 * Where a running export reports. Closing its dialog (or leaving Inställningar) does not stop the
 * export: from then on its progress and its outcome go to the task bar under the header, so what
 * happened is never lost. Only "Avbryt export" stops it.
 */
export function useExportTask<State>(
  initial: State,
  toTask: (state: State) => TaskState,
  cancelLabel: string,
): ExportTask<State> {
  const setTask = useAppStore((store) => store.setTask);
  const [state, setState] = useState(initial);
  const latest = useRef(initial);
  const isAttached = useRef(true);
  const controller = useRef<AbortController | null>(null);
  const toTaskRef = useRef(toTask);
  useEffect(() => {
    toTaskRef.current = toTask;
  });

  const cancel = useCallback(() => controller.current?.abort(), []);
  // In the task bar a running export keeps its "Avbryt export".
  const toBar = useCallback(
    (next: State): TaskState => {
      const task = toTaskRef.current(next);
      return task.status === 'running'
        ? { ...task, cancel: { label: cancelLabel, run: cancel } }
        : task;
    },
    [cancel, cancelLabel],
  );

  useEffect(() => {
    isAttached.current = true;
    return () => {
      isAttached.current = false;
      // Still running: show it in the task bar at once, not only at its next step.
      if (controller.current) setTask(toBar(latest.current));
    };
  }, [setTask, toBar]);

  const report = useCallback(
    (next: State) => {
      latest.current = next;
      if (isAttached.current) setState(next);
      else setTask(toBar(next));
    },
    [setTask, toBar],
  );
  const begin = useCallback(() => {
    controller.current = new AbortController();
    return controller.current.signal;
  }, []);
  const end = useCallback(() => {
    controller.current = null;
  }, []);
  return { state, report, begin, end, cancel };
}

/** True when the error is the abort "Avbryt export" caused. */
export const isAbort = (error: unknown, signal: AbortSignal) =>
  signal.aborted &&
  (error === signal.reason || (error instanceof DOMException && error.name === 'AbortError'));
