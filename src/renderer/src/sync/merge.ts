import type { ConflictField, SyncData } from '../domain/syncRecords';

/**
 * Three-way merge of one record, field by field, against the version both sides last shared (the
 * base). A field changed on one side only takes that side's value; a field changed on both sides
 * to different values keeps the server's value and is reported as a conflict, so a navigator can
 * choose. Bookkeeping fields never conflict: `createdAt` keeps the earliest, `updatedAt` the latest.
 * Fields in `ignored` (derived ones, recomputed after the merge) follow the server when both moved.
 */
export type MergeResult = { merged: SyncData; conflicts: ConflictField[] };

export function isEqualValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    // undefined and a missing field are the same thing in a stored record.
    return a === undefined && b === undefined;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aRecord = a as Record<string, unknown>;
  const bRecord = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(aRecord), ...Object.keys(bRecord)]);
  for (const key of keys) {
    if (!isEqualValue(aRecord[key], bRecord[key])) return false;
  }
  return true;
}

function earliest(a: unknown, b: unknown): unknown {
  if (typeof a !== 'string') return b;
  if (typeof b !== 'string') return a;
  return a <= b ? a : b;
}

function latest(a: unknown, b: unknown): unknown {
  if (typeof a !== 'string') return b;
  if (typeof b !== 'string') return a;
  return a >= b ? a : b;
}

export function mergeRecord(
  base: SyncData | null,
  local: SyncData,
  server: SyncData,
  ignored: readonly string[] = [],
): MergeResult {
  const merged: SyncData = {};
  const conflicts: ConflictField[] = [];
  const fields = new Set([...Object.keys(local), ...Object.keys(server)]);
  for (const field of fields) {
    const localValue = local[field];
    const serverValue = server[field];
    if (field === 'createdAt') {
      merged[field] = earliest(localValue, serverValue);
      continue;
    }
    if (field === 'updatedAt') {
      merged[field] = latest(localValue, serverValue);
      continue;
    }
    if (isEqualValue(localValue, serverValue)) {
      merged[field] = serverValue;
      continue;
    }
    const baseValue = base ? base[field] : undefined;
    const localChanged = base === null || !isEqualValue(baseValue, localValue);
    const serverChanged = base === null || !isEqualValue(baseValue, serverValue);
    if (localChanged && !serverChanged) {
      merged[field] = localValue;
    } else {
      merged[field] = serverValue;
      if (localChanged && !ignored.includes(field)) {
        conflicts.push({ field, local: localValue, server: serverValue });
      }
    }
  }
  for (const field of Object.keys(merged)) {
    if (merged[field] === undefined) delete merged[field];
  }
  return { merged, conflicts };
}
