import { useEffect, useState } from 'react';

export type StoragePersistence = 'persistent' | 'notPersistent' | 'unknown';

let persistRequest: Promise<boolean> | null = null;

/**
 * Web: asks the browser once per run to keep the app's storage (IndexedDB) from being evicted
 * under disk pressure. Chromium grants it silently to sites it trusts, Firefox may ask the user.
 */
export function requestPersistentStorage(): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist)
    return Promise.resolve(false);
  persistRequest ??= navigator.storage.persist().catch(() => false);
  return persistRequest;
}

const canTell = (): boolean => typeof navigator !== 'undefined' && !!navigator.storage?.persisted;

async function readPersistence(): Promise<StoragePersistence> {
  await requestPersistentStorage();
  return (await navigator.storage.persisted()) ? 'persistent' : 'notPersistent';
}

/** Whether the browser has promised to keep the data; null while asking. */
export function useStoragePersistence(): StoragePersistence | null {
  const [state, setState] = useState<StoragePersistence | null>(() =>
    canTell() ? null : 'unknown',
  );
  useEffect(() => {
    if (!canTell()) return;
    let isCurrent = true;
    readPersistence()
      .then((value) => isCurrent && setState(value))
      .catch(() => isCurrent && setState('unknown'));
    return () => {
      isCurrent = false;
    };
  }, []);
  return state;
}
