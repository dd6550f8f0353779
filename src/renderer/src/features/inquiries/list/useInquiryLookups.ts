import { useLiveQuery } from 'dexie-react-hooks';
import { listNavigators } from '../../settings/data/navigatorRepository';
import { listPriorityAreas } from '../../settings/data/priorityAreaRepository';
import { listUnits } from '../../settings/data/unitRepository';
import type { NavigatorEntity, PriorityAreaEntity, UnitEntity } from '../../../domain/entities';

/** The names the board, list and filters show for ids. */
export type InquiryLookups = {
  priorityAreas: PriorityAreaEntity[];
  units: UnitEntity[];
  navigators: NavigatorEntity[];
  areaNames: Map<string, string>;
  navigatorsById: Map<string, NavigatorEntity>;
};

export function useInquiryLookups(): InquiryLookups {
  const priorityAreas = useLiveQuery(listPriorityAreas, []) ?? [];
  const units = useLiveQuery(listUnits, []) ?? [];
  const navigators = useLiveQuery(listNavigators, []) ?? [];
  return {
    priorityAreas,
    units,
    navigators,
    areaNames: new Map(priorityAreas.map((area) => [area.id, area.name])),
    navigatorsById: new Map(navigators.map((navigator) => [navigator.id, navigator])),
  };
}
