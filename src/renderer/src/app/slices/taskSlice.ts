import type { StateCreator } from 'zustand';

/** A long task (seeding, later import/export/backup): progress while it runs, its result after. */
export type TaskState =
  | { status: 'idle' }
  | {
      status: 'running';
      label: string;
      done: number;
      total: number;
      /** Stops the task; the bar then offers it with this button text. */
      cancel?: { label: string; run: () => void };
    }
  | { status: 'succeeded'; label: string; message: string }
  /** Stopped by the user: nothing went wrong, nothing was done. */
  | { status: 'cancelled'; label: string; message: string }
  | { status: 'failed'; label: string; message: string };

export type TaskSlice = {
  task: TaskState;
  setTask: (task: TaskState) => void;
};

export const createTaskSlice: StateCreator<TaskSlice> = (set) => ({
  task: { status: 'idle' },
  setTask: (task) => set({ task }),
});
