import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../app/store';
import {
  allOrganisationTags,
  countAllOrganisations,
  queryOrganisationIds,
} from './data/organisationQueries';

/** The ordered ids the list shows (keys only), live; rows are loaded per visible window. */
export function useOrganisationList() {
  const query = useAppStore(useShallow((state) => state.organisationQuery));
  // Typing stays responsive while the id query of the previous keystroke finishes.
  const deferredQuery = useDeferredValue(query);
  const ids = useLiveQuery(() => queryOrganisationIds(deferredQuery), [deferredQuery]);
  const stored = useLiveQuery(countAllOrganisations, []);
  const tags = useLiveQuery(allOrganisationTags, []);
  return { query, ids, stored, tags: tags ?? [] };
}
