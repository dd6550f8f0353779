import { create } from 'zustand';
import { createCallDialogSlice, type CallDialogSlice } from './slices/callDialogSlice';
import {
  createOrganisationListSlice,
  type OrganisationListSlice,
} from './slices/organisationListSlice';
import {
  createInquirySelectionSlice,
  type InquirySelectionSlice,
} from './slices/inquirySelectionSlice';
import { createTaskSlice, type TaskSlice } from './slices/taskSlice';

/** UI and session state only; stored records come from useLiveQuery, never copied here. */
export type AppState = OrganisationListSlice & TaskSlice & CallDialogSlice & InquirySelectionSlice;

export const useAppStore = create<AppState>()((...args) => ({
  ...createOrganisationListSlice(...args),
  ...createTaskSlice(...args),
  ...createCallDialogSlice(...args),
  ...createInquirySelectionSlice(...args),
}));
