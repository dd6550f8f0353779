import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/db';
import { getAllSettings } from '../db/settingsRepository';
import type { NavigatorEntity, SettingsValues } from '../domain/entities';

export type Session =
  | { status: 'loading' }
  | { status: 'ready'; settings: SettingsValues; navigator: NavigatorEntity | null };

/** The settings and the navigator using this machine, live. */
export function useSession(): Session {
  const result = useLiveQuery(async () => {
    const settings = await getAllSettings();
    const navigator = settings.currentNavigatorId
      ? ((await db.navigators.get(settings.currentNavigatorId)) ?? null)
      : null;
    return { settings, navigator };
  }, []);
  return result ? { status: 'ready', ...result } : { status: 'loading' };
}
