import type { StateCreator } from 'zustand';

/** A long task (seeding, later import/export/backup): progress while it runs, its result after. */
export type TaskState =
  | { status: 'idle' }
  | { status: 'running'; label: string; done: number; total: number }
  | { status: 'succeeded'; label: string; message: string }
  | { status: 'failed'; label: string; message: string };

export type TaskSlice = {
  task: TaskState;
  setTask: (task: TaskState) => void;
};

export const createTaskSlice: StateCreator<TaskSlice> = (set) => ({
  task: { status: 'idle' },
  setTask: (task) => set({ task }),
});
