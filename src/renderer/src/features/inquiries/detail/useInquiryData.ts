import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/db';
import type {
  ContactPersonEntity,
  InquiryEntity,
  NavigatorEntity,
  OrganisationEntity,
  PriorityAreaEntity,
  UnitEntity,
} from '../../../domain/entities';
import { swedishCollator } from '../../../domain/swedishText';

/*
 * Small live reads for the inquiry page. Every querier awaits Dexie queries only, so liveQuery
 * keeps its transaction and observes the right tables.
 */

export type InquiryWithOrganisation = {
  inquiry: InquiryEntity;
  /** null when the organisation is missing (it never is, but the page must not break on it). */
  organisation: OrganisationEntity | null;
};

/**
 * The inquiry and its organisation in one live query, so the page never shows one without the
 * other; null when the inquiry does not exist, undefined while loading.
 */
export function useInquiryWithOrganisation(
  inquiryId: string,
): InquiryWithOrganisation | null | undefined {
  return useLiveQuery(async () => {
    const inquiry = await db.inquiries.get(inquiryId);
    if (!inquiry) return null;
    const organisation = (await db.organisations.get(inquiry.organisationId)) ?? null;
    return { inquiry, organisation };
  }, [inquiryId]);
}

/** The organisation's contact persons, active first; archived ones stay so a choice can be shown. */
export function useContactPersons(organisationId: string): ContactPersonEntity[] | undefined {
  return useLiveQuery(async () => {
    const people = await db.contactPersons.where('organisationId').equals(organisationId).toArray();
    return people.sort((a, b) => swedishCollator.compare(a.name, b.name));
  }, [organisationId]);
}

export function useNavigators(): NavigatorEntity[] | undefined {
  return useLiveQuery(async () => {
    const navigators = await db.navigators.toArray();
    return navigators.sort((a, b) => swedishCollator.compare(a.name, b.name));
  }, []);
}

/** Every priority area in the navigators' order (inactive ones too, to name old matches). */
export function usePriorityAreas(): PriorityAreaEntity[] | undefined {
  return useLiveQuery(() => db.priorityAreas.orderBy('order').toArray(), []);
}

export function useUnits(): UnitEntity[] | undefined {
  return useLiveQuery(async () => {
    const units = await db.units.toArray();
    return units.sort((a, b) => swedishCollator.compare(a.name, b.name));
  }, []);
}

/** True when an unsaved draft is stored under the key (the form then opens at once). */
export function useHasDraft(key: string): boolean | undefined {
  return useLiveQuery(async () => (await db.drafts.get(key)) !== undefined, [key]);
}
