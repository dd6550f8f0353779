import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue } from 'react';
import { findSimilarOrganisations, type SimilarOrganisation } from './data/organisationRepository';

/** Likely duplicates of the name being typed (the record being edited excluded). */
export function useSimilarOrganisations(
  name: string,
  exceptId: string | undefined,
): SimilarOrganisation[] {
  const deferredName = useDeferredValue(name);
  return (
    useLiveQuery(
      () => findSimilarOrganisations(deferredName, exceptId),
      [deferredName, exceptId],
    ) ?? []
  );
}
