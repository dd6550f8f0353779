import type { ContactPersonEntity, OrganisationEntity } from '../../domain/entities';
import { digitsOf, searchWordsOf, swedishSortKey } from '../../domain/swedishText';
import { ORGANISATION_NOTES } from './callTexts';
import {
  DAY,
  MINUTE,
  YEAR,
  isoTimestamp,
  landlinePhone,
  mobilePhone,
  officeHours,
  organisationDomain,
  personEmail,
  streetAddress,
} from './format';
import type { NavigatorRef } from './municipality';
import { LEGAL_FORM_WEIGHTS, ideaRegistration, organisationNumber } from './orgIdentity';
import { organisationName } from './orgNames';
import { type IdSource, type Random, at } from './random';
import { CONTACT_ROLES, randomPersonName } from './swedishNames';
import { HOME_PLACES, OTHER_PLACES } from './swedishPlaces';

/** Builds organisations and their contact persons. */

export type OrganisationRecord = {
  entity: OrganisationEntity;
  contacts: ContactPersonEntity[];
  createdMs: number;
  /** When each contact was registered (ms), parallel to `contacts`. */
  contactCreatedMs: number[];
  /** How active the organisation is: a share of inquiries, calls and follow-ups. */
  weight: number;
};

/** 1–3 contacts per organisation, exactly `personCount` in all. */
function contactCounts(random: Random, orgCount: number, personCount: number): number[] {
  if (personCount < orgCount || personCount > 3 * orgCount)
    throw new RangeError('1–3 contacts per organisation');
  const counts = new Array<number>(orgCount).fill(1);
  let rest = personCount - orgCount;
  while (rest > 0) {
    const i = random.int(0, orgCount - 1);
    if ((counts[i] ?? 3) < 3) {
      counts[i] = (counts[i] ?? 1) + 1;
      rest--;
    }
  }
  return counts;
}

export function buildOrganisations(
  random: Random,
  ids: { organisations: IdSource; contactPersons: IdSource },
  orgCount: number,
  personCount: number,
  now: number,
  navigators: readonly NavigatorRef[],
): OrganisationRecord[] {
  const usedNames = new Set<string>();
  const usedNumbers = new Set<string>();
  const counts = contactCounts(random, orgCount, personCount);
  return counts.map((contactCount) => {
    const legalForm = random.weighted(LEGAL_FORM_WEIGHTS);
    const place = random.chance(0.75) ? random.pick(HOME_PLACES) : random.pick(OTHER_PLACES);
    let generated = organisationName(random, legalForm, place);
    for (let tries = 0; usedNames.has(generated.name) && tries < 8; tries++) {
      generated = organisationName(random, legalForm, place);
    }
    let name = generated.name;
    for (let n = 2; usedNames.has(name); n++) name = `${generated.name} ${n}`;
    usedNames.add(name);

    const domain = organisationDomain(name);
    const informal = legalForm === 'ej_registrerad';
    const phone =
      !informal && random.chance(0.6) ? landlinePhone(random, place.areaCode) : mobilePhone(random);
    // Older organisations are more common than new ones in a ten-year register.
    const createdMs = officeHours(
      random,
      now - random.next() ** 0.5 * 10 * YEAR,
      now - 10 * YEAR,
      now,
    );
    const tags = [
      ...new Set([
        ...random.sample(generated.tags, random.int(1, 2)),
        ...random.sample(['integration', 'kultur', 'hälsa'], random.chance(0.2) ? 1 : 0),
      ]),
    ];
    const entity: OrganisationEntity = {
      id: ids.organisations.next(),
      name,
      nameKey: swedishSortKey(name),
      searchWords: searchWordsOf(name),
      orgNumber: informal ? null : organisationNumber(random, legalForm, usedNumbers),
      legalForm,
      ideaRegistration: ideaRegistration(random, legalForm),
      address: streetAddress(random, place),
      district: place.district,
      municipality: place.municipality,
      phone,
      phoneDigits: digitsOf(phone),
      email: informal
        ? `${domain.replace(/\.se$/, '')}@${random.pick(['gmail.com', 'hotmail.com', 'outlook.com'])}`
        : `${random.pick(['info', 'kontakt', 'styrelsen', 'kansliet'])}@${domain}`,
      website: informal
        ? random.chance(0.4)
          ? `https://www.facebook.com/groups/${domain.replace(/\.se$/, '')}`
          : ''
        : random.chance(0.8)
          ? `https://www.${domain}`
          : '',
      tags,
      note: random.pick(ORGANISATION_NOTES),
      status: random.chance(0.03) ? 'archived' : 'active',
      lastContactedAt: null,
      createdBy: navigators.length > 0 && random.chance(0.9) ? random.pick(navigators).id : null,
      createdAt: isoTimestamp(createdMs),
      updatedAt: isoTimestamp(createdMs),
    };
    const contactCreatedMs: number[] = [];
    const contacts = Array.from({ length: contactCount }, (_, i): ContactPersonEntity => {
      const [first, last] = randomPersonName(random);
      const contactName = `${first} ${last}`;
      const contactPhone = random.chance(0.85) ? mobilePhone(random) : phone;
      const contactCreated =
        i === 0
          ? createdMs
          : officeHours(random, createdMs + random.int(0, 400) * DAY, createdMs, now);
      contactCreatedMs.push(contactCreated);
      return {
        id: ids.contactPersons.next(),
        organisationId: entity.id,
        name: contactName,
        nameKey: swedishSortKey(contactName),
        role:
          i === 0
            ? random.weighted([
                ['Ordförande', 5],
                ['Verksamhetsledare', 4],
                ['Samordnare', 2],
              ])
            : random.weighted(CONTACT_ROLES),
        phone: contactPhone,
        phoneDigits: digitsOf(contactPhone),
        email: personEmail(random, first, last, domain),
        note: random.chance(0.1)
          ? random.pick([
              'Nås bäst efter kl. 16.',
              'Talar även arabiska.',
              'Föredrar sms.',
              'Ny i styrelsen.',
            ])
          : '',
        isPrimary: i === 0,
        status: i > 0 && random.chance(0.05) ? 'archived' : 'active',
        createdAt: isoTimestamp(contactCreated),
        updatedAt: isoTimestamp(
          Math.min(now, contactCreated + random.int(0, 600) * DAY + random.int(0, 600) * MINUTE),
        ),
      };
    });
    // Activity is skewed: a few organisations call often, many seldom.
    const weight = 0.2 + random.next() ** 3 * 6 + (informal ? 0 : 0.5);
    return { entity, contacts, createdMs, contactCreatedMs, weight };
  });
}

/** The contact an inquiry or a call is most likely about: the primary one, sometimes another. */
export function pickContact(
  random: Random,
  record: OrganisationRecord,
  atMs: number,
): ContactPersonEntity | null {
  if (record.contacts.length === 0 || random.chance(0.04)) return null;
  const primary = at(record.contacts, 0);
  if (record.contacts.length === 1 || random.chance(0.75)) return primary;
  const other = random.int(0, record.contacts.length - 1);
  // Only someone already registered when the contact happened.
  return (record.contactCreatedMs[other] ?? Infinity) <= atMs
    ? at(record.contacts, other)
    : primary;
}
