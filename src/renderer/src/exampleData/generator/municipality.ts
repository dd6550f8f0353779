import type { NavigatorEntity, UnitEntity } from '../../domain/entities';
import { DAY, YEAR, asciiSlug, isoTimestamp, landlinePhone, officeHours } from './format';
import type { IdSource, Random } from './random';
import { UNIT_NAMES, randomPersonName } from './swedishNames';

/** The municipality's side: navigators (lotsar) and units (verksamhetsområden). */

/** A navigator the data refers to; `name` is '' for navigators given only by id. */
export type NavigatorRef = { id: string; name: string };

export function buildNavigators(
  random: Random,
  ids: IdSource,
  count: number,
  now: number,
): NavigatorEntity[] {
  const used = new Set<string>();
  const navigators: NavigatorEntity[] = [];
  while (navigators.length < count) {
    const [first, last] = randomPersonName(random);
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
      updatedAt: isoTimestamp(Math.min(now, createdMs + random.int(0, 3000) * DAY)),
    });
  }
  return navigators;
}

export function buildUnits(
  random: Random,
  ids: IdSource,
  count: number,
  now: number,
): UnitEntity[] {
  return Array.from({ length: count }, (_, i) => {
    const [first, last] = randomPersonName(random);
    const createdMs = officeHours(random, now - 10 * YEAR - random.int(1, 60) * DAY, 0, now);
    return {
      id: ids.next(),
      name: UNIT_NAMES[i] ?? `Verksamhetsområde ${i + 1}`,
      contactName: `${first} ${last}`,
      contactEmail: `${asciiSlug(first)}.${asciiSlug(last)}@goteborg.se`,
      contactPhone: landlinePhone(random, '031'),
      isActive: true,
      createdAt: isoTimestamp(createdMs),
      updatedAt: isoTimestamp(Math.min(now, createdMs + random.int(0, 3000) * DAY)),
    };
  });
}
