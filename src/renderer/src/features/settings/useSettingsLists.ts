import { useLiveQuery } from 'dexie-react-hooks';
import { listPriorityAreas } from './data/priorityAreaRepository';
import { listUnits } from './data/unitRepository';
import type { PriorityAreaEntity, UnitEntity } from '../../domain/entities';

/** All priority areas in their order, live; undefined while loading. */
export function usePriorityAreas(): PriorityAreaEntity[] | undefined {
  return useLiveQuery(listPriorityAreas, []);
}

/** All units (verksamhetsområden) in Swedish name order, live; undefined while loading. */
export function useUnits(): UnitEntity[] | undefined {
  return useLiveQuery(listUnits, []);
}
