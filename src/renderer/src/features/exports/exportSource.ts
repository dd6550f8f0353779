import type { ExportProgress } from './data/exportQueries';
import type { ExportColumn } from './model/exportTable';

/** The lists that can be exported; also the key of their texts and remembered columns. */
export type ExportListId = 'inquiries' | 'organisations' | 'calls' | 'followUps';

/** What one list exports: the same rows as the screen, in its order, and its columns. */
export type ExportSource<Row> = {
  listId: ExportListId;
  /** Words that say which view or filter, for the file name (e.g. the saved view's name). */
  nameParts: readonly string[];
  columns: readonly ExportColumn<Row>[];
  defaultColumns: readonly string[];
  /** How many rows the export will have; undefined while counting. */
  count: number | undefined;
  /** Reads the rows in list order, in chunks, reporting progress. */
  readRows: (onProgress: ExportProgress) => Promise<Row[]>;
};
