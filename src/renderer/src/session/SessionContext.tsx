import { createContext, useContext } from 'react';
import type { NavigatorEntity, SettingsValues } from '../domain/entities';

export type ReadySession = { settings: SettingsValues; navigator: NavigatorEntity };

export const SessionContext = createContext<ReadySession | null>(null);

/** The signed-in navigator and settings; only used below the session gate, where both exist. */
export function useReadySession(): ReadySession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useReadySession used outside SessionContext');
  return session;
}

export function useActorId(): string {
  return useReadySession().navigator.id;
}
