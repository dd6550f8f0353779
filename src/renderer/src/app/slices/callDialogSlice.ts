import type { StateCreator } from 'zustand';

/** What the call dialog opens with: from an organisation page, or to complete a follow-up. */
export type CallDialogPrefill = {
  organisationId?: string;
  inquiryId?: string;
  /** The follow-up this call completes: it is marked done in the same save. */
  followUpId?: string;
};

export type CallDialogSlice = {
  callDialog: { isOpen: boolean; prefill: CallDialogPrefill };
  openCallDialog: (prefill?: CallDialogPrefill) => void;
  closeCallDialog: () => void;
};

export const createCallDialogSlice: StateCreator<CallDialogSlice> = (set) => ({
  callDialog: { isOpen: false, prefill: {} },
  openCallDialog: (prefill = {}) => set({ callDialog: { isOpen: true, prefill } }),
  closeCallDialog: () => set({ callDialog: { isOpen: false, prefill: {} } }),
});
