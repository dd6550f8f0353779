import type { StateCreator } from 'zustand';

/** Inquiries ticked in the list, e.g. for a meeting agenda brief; kept while the user browses. */
export type InquirySelectionSlice = {
  selectedInquiryIds: string[];
  toggleInquirySelection: (id: string) => void;
  clearInquirySelection: () => void;
};

export const createInquirySelectionSlice: StateCreator<InquirySelectionSlice> = (set) => ({
  selectedInquiryIds: [],
  toggleInquirySelection: (id) =>
    set(({ selectedInquiryIds }) => ({
      selectedInquiryIds: selectedInquiryIds.includes(id)
        ? selectedInquiryIds.filter((selected) => selected !== id)
        : [...selectedInquiryIds, id],
    })),
  clearInquirySelection: () => set({ selectedInquiryIds: [] }),
});
