import { useEffect } from 'react';
import { startTeamSync, stopTeamSync } from './teamSync';

/** Syncs with the team while the app is open (nothing happens on a machine not in a team). */
export function useTeamSync(): void {
  useEffect(() => {
    void startTeamSync();
    return () => void stopTeamSync();
  }, []);
}
