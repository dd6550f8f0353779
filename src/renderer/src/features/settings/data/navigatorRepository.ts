import { z } from 'zod';
import { DomainError } from '../../../domain/domainError';
import type { NavigatorEntity } from '../../../domain/entities';
import { swedishCollator } from '../../../domain/swedishText';
import { nowIso } from '../../../lib/dates';
import { newId } from '../../../lib/ids';
import { db } from '../../../db/db';
import { recordEvent } from '../../../db/eventRepository';

export type NavigatorInput = { name: string; initials: string };

const schema = z.object({
  name: z.string().trim().min(1).max(120),
  initials: z
    .string()
    .trim()
    .min(1)
    .max(4)
    .transform((value) => value.toLocaleUpperCase('sv-SE')),
});

/** Suggests initials from a name: "Anna-Karin Öberg" → "AÖ". */
export function suggestInitials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return '';
  const first = parts[0]?.[0] ?? '';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return `${first}${last}`.toLocaleUpperCase('sv-SE');
}

/** Adds a navigator; the first one on this machine becomes the current user. */
export async function createNavigator(
  raw: NavigatorInput,
  makeCurrent: boolean,
): Promise<NavigatorEntity> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? 'name');
    throw new DomainError(field === 'initials' ? 'initialsRequired' : 'nameRequired');
  }
  return db.transaction('rw', db.navigators, db.settings, db.events, async () => {
    const at = nowIso();
    const navigator: NavigatorEntity = {
      id: newId(),
      name: parsed.data.name,
      initials: parsed.data.initials,
      isActive: true,
      createdAt: at,
      updatedAt: at,
    };
    await db.navigators.add(navigator);
    if (makeCurrent)
      await db.settings.put({ key: 'currentNavigatorId', value: navigator.id, updatedAt: at });
    await recordEvent({
      at,
      navigatorId: makeCurrent ? navigator.id : null,
      entityType: 'navigator',
      entityId: navigator.id,
      kind: 'created',
      summary: navigator.name,
    });
    return navigator;
  });
}

export async function listNavigators(): Promise<NavigatorEntity[]> {
  const navigators = await db.navigators.toArray();
  return navigators.sort((a, b) => swedishCollator.compare(a.name, b.name));
}
