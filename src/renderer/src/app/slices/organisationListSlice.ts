import type { StateCreator } from 'zustand';
import {
  DEFAULT_ORGANISATION_QUERY,
  type OrganisationListQuery,
} from '../../features/organisations/data/organisationQueries';

export type OrganisationListSlice = {
  organisationQuery: OrganisationListQuery;
  setOrganisationQuery: (patch: Partial<OrganisationListQuery>) => void;
  resetOrganisationQuery: () => void;
};

/** The list's filter and sort live in the session, so going to a detail page and back keeps them. */
export const createOrganisationListSlice: StateCreator<OrganisationListSlice> = (set) => ({
  organisationQuery: DEFAULT_ORGANISATION_QUERY,
  setOrganisationQuery: (patch) =>
    set((state) => ({ organisationQuery: { ...state.organisationQuery, ...patch } })),
  resetOrganisationQuery: () =>
    set((state) => ({
      organisationQuery: {
        ...DEFAULT_ORGANISATION_QUERY,
        sort: state.organisationQuery.sort,
        direction: state.organisationQuery.direction,
      },
    })),
});
