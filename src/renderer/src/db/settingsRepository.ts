import { DEFAULT_SETTINGS } from '../domain/defaults';
import type { SettingKey, SettingsValues } from '../domain/entities';
import { nowIso } from '../lib/dates';
import { db } from './db';
import { recordEvent } from './eventRepository';

/** A setting's stored value, or its default from domain.md when never set. */
export async function getSetting<K extends SettingKey>(key: K): Promise<SettingsValues[K]> {
  const row = await db.settings.get(key);
  return (row?.value as SettingsValues[K] | undefined) ?? DEFAULT_SETTINGS[key];
}

export async function getAllSettings(): Promise<SettingsValues> {
  const rows = await db.settings.toArray();
  const values: SettingsValues = { ...DEFAULT_SETTINGS };
  for (const row of rows) {
    Object.assign(values, { [row.key]: row.value });
  }
  return values;
}

export async function setSetting<K extends SettingKey>(
  key: K,
  value: SettingsValues[K],
  actorId: string | null,
): Promise<void> {
  await db.transaction('rw', db.settings, db.events, async () => {
    const before = await getSetting(key);
    const at = nowIso();
    await db.settings.put({ key, value, updatedAt: at });
    await recordEvent({
      at,
      navigatorId: actorId,
      entityType: 'settings',
      entityId: key,
      kind: 'updated',
      changes: [{ field: key, from: before, to: value }],
    });
  });
}
