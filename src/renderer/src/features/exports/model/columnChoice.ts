/** The columns of an export in the user's order, each chosen or not. */
export type ColumnChoice = readonly { id: string; isSelected: boolean }[];

/**
 * A remembered choice applied to today's columns: known ids keep their order and state, columns
 * added since come after, unselected; ids that no longer exist are dropped.
 */
export function mergeColumnChoice(
  allIds: readonly string[],
  defaults: readonly string[],
  saved: ColumnChoice | null,
): ColumnChoice {
  const known = new Set(allIds);
  const start: ColumnChoice =
    saved ??
    [...defaults, ...allIds.filter((id) => !defaults.includes(id))].map((id) => ({
      id,
      isSelected: defaults.includes(id),
    }));
  const kept = start.filter((entry) => known.has(entry.id));
  const seen = new Set(kept.map((entry) => entry.id));
  return [
    ...kept,
    ...allIds.filter((id) => !seen.has(id)).map((id) => ({ id, isSelected: false })),
  ];
}

/** The choice with one column moved one step up (-1) or down (+1); unchanged at the ends. */
export function moveColumn(choice: ColumnChoice, id: string, step: -1 | 1): ColumnChoice {
  const from = choice.findIndex((entry) => entry.id === id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= choice.length) return choice;
  const next = [...choice];
  const [moved] = next.splice(from, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
}

export function toggleColumn(choice: ColumnChoice, id: string): ColumnChoice {
  return choice.map((entry) =>
    entry.id === id ? { id: entry.id, isSelected: !entry.isSelected } : entry,
  );
}

/** The chosen column definitions, in the chosen order. */
export function chosenColumns<Column extends { id: string }>(
  columns: readonly Column[],
  choice: ColumnChoice,
): Column[] {
  const byId = new Map(columns.map((column) => [column.id, column]));
  return choice.flatMap((entry) => {
    const column = entry.isSelected ? byId.get(entry.id) : undefined;
    return column ? [column] : [];
  });
}
