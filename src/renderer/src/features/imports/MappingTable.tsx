import { useTranslation } from 'react-i18next';
import {
  IMPORT_FIELDS,
  isImportField,
  type ColumnMapping,
  type ImportField,
} from './model/importFields';
import type { SheetTable } from './model/parseCsv';

const GROUPS = ['organisation', 'contact', 'inquiry', 'call'] as const;

/** The first filled value of a column among the first rows: what the column holds. */
function sampleOf(table: SheetTable, column: number): string {
  for (const row of table.rows.slice(0, 50)) {
    const value = (row.cells[column] ?? '').trim();
    if (value !== '') return value.length > 60 ? `${value.slice(0, 59)}…` : value;
  }
  return '';
}

export type MappingTableProps = {
  table: SheetTable;
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
};

/** One line per column of the file: its header, an example value and the field it fills. */
export function MappingTable({ table, mapping, onChange }: MappingTableProps) {
  const { t } = useTranslation();
  const setField = (column: number, value: string) => {
    const field: ImportField | null = isImportField(value) ? value : null;
    // A field is filled by one column: choosing it here frees it elsewhere.
    onChange(
      table.headers.map((_, index) =>
        index === column ? field : mapping[index] === field ? null : (mapping[index] ?? null),
      ),
    );
  };
  return (
    <table className="import-table import-mapping">
      <thead>
        <tr>
          <th scope="col">{t('imports.mapping.column')}</th>
          <th scope="col">{t('imports.mapping.sample')}</th>
          <th scope="col">{t('imports.mapping.target')}</th>
        </tr>
      </thead>
      <tbody>
        {table.headers.map((header, column) => (
          <tr key={column} className={mapping[column] ? undefined : 'import-mapping__unmapped'}>
            <th scope="row">{header}</th>
            <td className="muted">{sampleOf(table, column)}</td>
            <td>
              <select
                aria-label={t('imports.mapping.targetFor', { column: header })}
                value={mapping[column] ?? ''}
                onChange={(event) => setField(column, event.target.value)}
              >
                <option value="">{t('imports.mapping.ignore')}</option>
                {GROUPS.map((group) => (
                  <optgroup key={group} label={t(`imports.groups.${group}`)}>
                    {IMPORT_FIELDS.filter((field) => field.startsWith(`${group}.`)).map((field) => (
                      <option key={field} value={field}>
                        {t(`imports.fields.${field}`)}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
