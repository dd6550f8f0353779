import { DomainError } from '../../../domain/domainError';
import type { ImportMappingEntity } from '../../../domain/importBatch';
import { nowIso } from '../../../lib/dates';
import { newId } from '../../../lib/ids';
import { db } from '../../../db/db';

/** Saves a column mapping under a name; the same name again replaces the earlier one. */
export async function saveImportMapping(
  name: string,
  columns: Record<string, string>,
): Promise<ImportMappingEntity> {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed === '') throw new DomainError('nameRequired');
  if (trimmed.length > 100) throw new DomainError('tooLong');
  return db.transaction('rw', db.importMappings, async () => {
    const at = nowIso();
    const existing = await db.importMappings.where('name').equals(trimmed).first();
    const mapping: ImportMappingEntity = {
      id: existing?.id ?? newId(),
      name: trimmed,
      columns,
      createdAt: existing?.createdAt ?? at,
      updatedAt: at,
    };
    await db.importMappings.put(mapping);
    return mapping;
  });
}

export async function deleteImportMapping(id: string): Promise<void> {
  await db.importMappings.delete(id);
}

export async function listImportMappings(): Promise<ImportMappingEntity[]> {
  return db.importMappings.orderBy('name').toArray();
}
