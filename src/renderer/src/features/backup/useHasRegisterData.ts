import { useLiveQuery } from 'dexie-react-hooks';
import { hasRegisterData } from './data/backupRepository';

/** Live: whether the register holds organisations; undefined while reading. */
export function useHasRegisterData(): boolean | undefined {
  return useLiveQuery(() => hasRegisterData(), []);
}
