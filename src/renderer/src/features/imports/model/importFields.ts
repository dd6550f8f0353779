/**
 * The fields a spreadsheet column can be mapped to. A row becomes an organisation, and where those
 * columns are mapped and filled, a contact person, an inquiry and a call of that organisation.
 */
export const IMPORT_FIELDS = [
  'organisation.name',
  'organisation.orgNumber',
  'organisation.legalForm',
  'organisation.ideaRegistration',
  'organisation.street',
  'organisation.postalCode',
  'organisation.city',
  'organisation.district',
  'organisation.municipality',
  'organisation.phone',
  'organisation.email',
  'organisation.website',
  'organisation.tags',
  'organisation.note',
  'contact.name',
  'contact.role',
  'contact.phone',
  'contact.email',
  'inquiry.title',
  'inquiry.offer',
  'inquiry.targetGroup',
  'inquiry.stage',
  'inquiry.priorityArea',
  'inquiry.estimatedYearlyValue',
  'inquiry.diarienummer',
  'inquiry.receivedAt',
  'call.occurredAt',
  'call.summary',
  'call.direction',
  'call.durationMinutes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Column index → the field it fills, or null for a column that is not imported. */
export type ColumnMapping = (ImportField | null)[];

export function isImportField(value: string): value is ImportField {
  return (IMPORT_FIELDS as readonly string[]).includes(value);
}

/** The cells of one row, keyed by the field their column is mapped to (trimmed; '' when empty). */
export type MappedRow = Partial<Record<ImportField, string>>;

export function mapRow(cells: string[], mapping: ColumnMapping): MappedRow {
  const row: MappedRow = {};
  mapping.forEach((field, index) => {
    if (field === null) return;
    const value = (cells[index] ?? '').trim();
    // Two columns mapped to one field: the first non-empty one wins.
    if (!row[field]) row[field] = value;
  });
  return row;
}
