import type { IsoTimestamp, NavigatorEntity, OrganisationEntity, Timestamps } from './entities';

/** The tables an import writes to (and an undo restores). */
export const IMPORT_TABLES = ['organisations', 'contactPersons', 'inquiries', 'calls'] as const;
export type ImportTable = (typeof IMPORT_TABLES)[number];

/** One committed import: what it created and what it overwrote, so it can be undone as a whole. */
export type ImportBatchEntity = Timestamps & {
  id: string;
  fileName: string;
  status: 'committed' | 'undone';
  navigatorId: NavigatorEntity['id'] | null;
  counts: { created: number; updated: number; skipped: number; rejected: number };
  /** Ids of the rows this import created, per table. */
  createdIds: { table: ImportTable; id: string }[];
  /** The rows as they were before this import updated them (imports update organisations only). */
  previousRows: { table: 'organisations'; row: OrganisationEntity }[];
  undoneAt: IsoTimestamp | null;
};

/** A column mapping the user saved to reuse for the same kind of spreadsheet. */
export type ImportMappingEntity = Timestamps & {
  id: string;
  name: string;
  /** Source header → target field id. */
  columns: Record<string, string>;
};
