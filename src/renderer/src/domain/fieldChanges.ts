import type { FieldChange } from './entities';

/** The fields that differ between two versions of a record, for the audit log. */
export function fieldChanges<T extends object>(
  before: T,
  after: T,
  fields: (keyof T)[],
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const from = before[field];
    const to = after[field];
    if (JSON.stringify(from) !== JSON.stringify(to)) {
      changes.push({ field: String(field), from, to });
    }
  }
  return changes;
}
