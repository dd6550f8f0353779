import { liveQuery } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_ORGANISATION_QUERY,
  queryOrganisationIds,
  type OrganisationListQuery,
} from '@renderer/features/organisations/data/organisationQueries';
import { createOrganisation } from '@renderer/features/organisations/data/organisationRepository';
import { organisationInput } from '../../fixtures/builders';
import { resetDatabase } from '../../fixtures/resetDatabase';

beforeEach(resetDatabase);

/** Subscribes like useLiveQuery does and resolves with the first emission that satisfies `until`. */
function nextEmission(
  query: OrganisationListQuery,
  until: (ids: string[]) => boolean,
): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const subscription = liveQuery(() => queryOrganisationIds(query)).subscribe({
      next: (ids) => {
        if (!until(ids)) return;
        subscription.unsubscribe();
        resolve(ids);
      },
      error: reject,
    });
  });
}

describe('queryOrganisationIds under liveQuery', () => {
  // A regression: an await that never touched Dexie made liveQuery stop tracking, so the list did
  // not update after the example data was loaded.
  it.each([
    ['no filter', {}],
    ['text', { text: 'läx' }],
    ['tag and legal form', { tag: 'unga', legalForm: 'ideell_forening' as const }],
    ['last contacted', { sort: 'lastContacted' as const, direction: 'desc' as const }],
  ])('re-runs when an organisation is added (%s)', async (_label, patch) => {
    const query = { ...DEFAULT_ORGANISATION_QUERY, ...patch };
    const empty = nextEmission(query, () => true);
    expect(await empty).toEqual([]);
    const updated = nextEmission(query, (ids) => ids.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await createOrganisation(organisationInput({ name: 'Läxhjälpen Unga', tags: 'unga' }), null);
    expect(await updated).toHaveLength(1);
  });
});
