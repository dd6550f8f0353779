import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { deleteView, listViews, saveView } from '../data/savedViewRepository';
import { useReadySession } from '../../../session/SessionContext';
import { normaliseSearch, patchedSearch } from './useInquiryFilters';

/** A choice in "Sparade vyer": a built-in view or one the navigators saved. */
export type InquiryViewChoice = { id: string; name: string; query: string; isBuiltIn: boolean };

const builtInSearch = (patch: Parameters<typeof patchedSearch>[1]) =>
  patchedSearch(new URLSearchParams(), patch).toString();

/** The built-in views and the saved ones (live), with save and delete for the current navigator. */
export function useSavedViews() {
  const { t } = useTranslation();
  const { navigator } = useReadySession();
  const stored = useLiveQuery(listViews, []);

  const builtIns: InquiryViewChoice[] = [
    {
      id: 'builtin:mine-open',
      name: t('inquiries.savedViews.mineOpen'),
      query: builtInSearch({ view: 'lista', navigatorId: navigator.id, openOnly: true }),
      isBuiltIn: true,
    },
    {
      id: 'builtin:iop-follow-up',
      name: t('inquiries.savedViews.iopFollowUp'),
      query: builtInSearch({ view: 'lista', handoffPath: 'iop', stage: 'uppfoljning' }),
      isBuiltIn: true,
    },
  ];
  const userViews: InquiryViewChoice[] = (stored ?? []).map((view) => ({
    id: view.id,
    name: view.name,
    query: view.query,
    isBuiltIn: false,
  }));

  /** The view the URL shows now, if any; a saved view wins over a built-in one with equal filters. */
  const viewFor = (search: string): InquiryViewChoice | undefined => {
    const normalised = normaliseSearch(search);
    return [...userViews, ...builtIns].find((view) => normaliseSearch(view.query) === normalised);
  };

  return {
    builtIns,
    userViews,
    viewFor,
    save: (name: string, search: string) => saveView(name, normaliseSearch(search), navigator.id),
    remove: (id: string) => deleteView(id, navigator.id),
  };
}
