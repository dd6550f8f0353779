import type {
  ContactPersonEntity,
  IdeaRegistration,
  LegalForm,
  NavigatorEntity,
  OrganisationEntity,
  UnitEntity,
} from '../entities';
import { EXPECTED_GROUP_DIGITS, withCheckDigit } from '../orgNumber';
import { digitsOf, searchWordsOf, swedishSortKey } from '../swedishText';
import {
  DAY,
  officeHours,
  MINUTE,
  YEAR,
  asciiSlug,
  isoTimestamp,
  landlinePhone,
  mobilePhone,
  organisationDomain,
  personEmail,
  streetAddress,
} from './format';
import { ORGANISATION_NOTES } from './callTexts';
import { organisationName } from './orgNames';
import { type IdSource, type Random, at } from './random';
import { CONTACT_ROLES, FIRST_NAMES, HOME_PLACES, OTHER_PLACES, SURNAMES, UNIT_NAMES } from './swedishNames';

/** Builds navigators, units, organisations and their contact persons. */

export type NavigatorRef = { id: string; name: string };

export type OrganisationRecord = {
  entity: OrganisationEntity;
  contacts: ContactPersonEntity[];
  createdMs: number;
  /** How active the organisation is: a share of inquiries, calls and follow-ups. */
  weight: number;
};

const personName = (random: Random): [string, string] => [random.pick(FIRST_NAMES), random.pick(SURNAMES)];

export function buildNavigators(random: Random, ids: IdSource, count: number, now: number): NavigatorEntity[] {
  const used = new Set<string>();
  const navigators: NavigatorEntity[] = [];
  while (navigators.length < count) {
    const [first, last] = personName(random);
    const name = `${first} ${last}`;
    if (used.has(name)) continue;
    used.add(name);
    const createdMs = officeHours(random, now - 10 * YEAR - random.int(1, 60) * DAY, 0, now);
    navigators.push({
      id: ids.next(),
      name,
      initials: `${first[0] ?? ''}${last[0] ?? ''}`.toUpperCase(),
      isActive: true,
      createdAt: isoTimestamp(createdMs),
      updatedAt: isoTimestamp(createdMs + random.int(0, 3000) * DAY),
    });
  }
  return navigators;
}

export function buildUnits(random: Random, ids: IdSource, count: number, now: number): UnitEntity[] {
  return Array.from({ length: count }, (_, i) => {
    const [first, last] = personName(random);
    const createdMs = officeHours(random, now - 10 * YEAR - random.int(1, 60) * DAY, 0, now);
    return {
      id: ids.next(),
      name: UNIT_NAMES[i] ?? `Verksamhetsområde ${i + 1}`,
      contactName: `${first} ${last}`,
      contactEmail: `${asciiSlug(first)}.${asciiSlug(last)}@goteborg.se`,
      contactPhone: landlinePhone(random, '031'),
      isActive: true,
      createdAt: isoTimestamp(createdMs),
      updatedAt: isoTimestamp(createdMs + random.int(0, 3000) * DAY),
    };
  });
}

const LEGAL_FORM_WEIGHTS: readonly (readonly [LegalForm, number])[] = [
  ['ideell_forening', 55],
  ['ekonomisk_forening', 12],
  ['stiftelse', 7],
  ['trossamfund', 8],
  ['aktiebolag', 6],
  ['annan', 4],
  ['ej_registrerad', 8],
];

/** Common leading digit pairs per group digit (ideella föreningar 80–89, aktiebolag 55/56/59…). */
const LEADING_PAIRS: Record<number, readonly string[]> = {
  2: ['25', '22', '24'],
  5: ['55', '56', '59'],
  7: ['71', '76', '79'],
  8: ['80', '81', '82', '83', '84', '88', '89'],
  9: ['96', '91'],
};

function organisationNumber(random: Random, legalForm: LegalForm, used: Set<string>): string {
  const groups = EXPECTED_GROUP_DIGITS[legalForm];
  const group = groups.length > 0 ? random.pick(groups) : random.pick([7, 8, 9]);
  for (;;) {
    let nine = random.pick(LEADING_PAIRS[group] ?? [`${group}0`]);
    nine += String(random.int(20, 99));
    for (let i = 0; i < 5; i++) nine += String(random.int(0, 9));
    const number = withCheckDigit(nine);
    if (!used.has(number)) {
      used.add(number);
      return number;
    }
  }
}

function ideaRegistration(random: Random, legalForm: LegalForm): IdeaRegistration {
  if (legalForm === 'ideell_forening' || legalForm === 'stiftelse' || legalForm === 'trossamfund') {
    return random.weighted<IdeaRegistration>([['yes', 25], ['unknown', 50], ['no', 25]]);
  }
  if (legalForm === 'ej_registrerad') return 'no';
  return random.weighted<IdeaRegistration>([['unknown', 60], ['no', 40]]);
}

/** 1–3 contacts per organisation, exactly `personCount` in all. */
function contactCounts(random: Random, orgCount: number, personCount: number): number[] {
  if (personCount < orgCount || personCount > 3 * orgCount) throw new RangeError('1–3 contacts per organisation');
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
    const phone = !informal && random.chance(0.6) ? landlinePhone(random, place.areaCode) : mobilePhone(random);
    // Older organisations are more common than new ones in a ten-year register.
    const createdMs = officeHours(random, now - random.next() ** 0.7 * 10 * YEAR, now - 10 * YEAR, now);
    const tags = [...new Set([...random.sample(generated.tags, random.int(1, 2)), ...random.sample(['integration', 'kultur', 'hälsa'], random.chance(0.2) ? 1 : 0)])];
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
        ? random.chance(0.4) ? `https://www.facebook.com/groups/${domain.replace(/\.se$/, '')}` : ''
        : random.chance(0.8) ? `https://www.${domain}` : '',
      tags,
      note: random.pick(ORGANISATION_NOTES),
      status: random.chance(0.03) ? 'archived' : 'active',
      lastContactedAt: null,
      createdBy: navigators.length > 0 && random.chance(0.9) ? random.pick(navigators).id : null,
      createdAt: isoTimestamp(createdMs),
      updatedAt: isoTimestamp(createdMs),
    };
    const contacts = Array.from({ length: contactCount }, (_, i): ContactPersonEntity => {
      const [first, last] = personName(random);
      const contactName = `${first} ${last}`;
      const contactPhone = random.chance(0.85) ? mobilePhone(random) : phone;
      const contactCreated = i === 0 ? createdMs : officeHours(random, createdMs + random.int(0, 400) * DAY, createdMs, now);
      return {
        id: ids.contactPersons.next(),
        organisationId: entity.id,
        name: contactName,
        nameKey: swedishSortKey(contactName),
        role: i === 0 ? random.weighted([['Ordförande', 5], ['Verksamhetsledare', 4], ['Samordnare', 2]]) : random.weighted(CONTACT_ROLES),
        phone: contactPhone,
        phoneDigits: digitsOf(contactPhone),
        email: personEmail(random, first, last, domain),
        note: random.chance(0.1) ? random.pick(['Nås bäst efter kl. 16.', 'Talar även arabiska.', 'Föredrar sms.', 'Ny i styrelsen.']) : '',
        isPrimary: i === 0,
        status: i > 0 && random.chance(0.05) ? 'archived' : 'active',
        createdAt: isoTimestamp(contactCreated),
        updatedAt: isoTimestamp(Math.min(now, contactCreated + random.int(0, 600) * DAY + random.int(0, 600) * MINUTE)),
      };
    });
    // Activity is skewed: a few organisations call often, many seldom.
    const weight = 0.2 + random.next() ** 3 * 6 + (informal ? 0 : 0.5);
    return { entity, contacts, createdMs, weight };
  });
}

/** The contact an inquiry or a call is most likely about: the primary one, sometimes another. */
export function pickContact(random: Random, record: OrganisationRecord, atMs: number): ContactPersonEntity | null {
  if (record.contacts.length === 0 || random.chance(0.04)) return null;
  const primary = at(record.contacts, 0);
  if (record.contacts.length === 1 || random.chance(0.75)) return primary;
  const other = random.pick(record.contacts);
  // Only someone already registered when the contact happened.
  return Date.parse(other.createdAt) <= atMs ? other : primary;
}
