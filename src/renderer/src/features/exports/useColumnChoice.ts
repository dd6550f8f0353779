import { useEffect, useState } from 'react';
import { loadColumnChoice, saveColumnChoice } from './data/exportPreferences';
import { mergeColumnChoice, type ColumnChoice } from './model/columnChoice';

/**
 * The column choice of one list: the remembered one (merged with today's columns) or the list's
 * own columns; `remember` keeps it for the next export. Undefined while loading.
 */
export function useColumnChoice(
  listId: string,
  allIds: readonly string[],
  defaults: readonly string[],
) {
  const [choice, setChoice] = useState<ColumnChoice | undefined>(undefined);
  const idsKey = allIds.join(',');

  useEffect(() => {
    let isCurrent = true;
    void loadColumnChoice(listId).then((saved) => {
      if (isCurrent) setChoice(mergeColumnChoice(idsKey.split(','), defaults, saved));
    });
    return () => {
      isCurrent = false;
    };
    // The ids are compared by value (idsKey); the defaults are a module constant per list.
  }, [listId, idsKey, defaults]);

  return {
    choice,
    setChoice,
    reset: () => setChoice(mergeColumnChoice(allIds, defaults, null)),
    remember: (next: ColumnChoice) => saveColumnChoice(listId, next),
  };
}
