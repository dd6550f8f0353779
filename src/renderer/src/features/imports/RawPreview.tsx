import { useTranslation } from 'react-i18next';
import type { SheetTable } from './model/parseCsv';

const SHOWN_ROWS = 5;

/** The file's first rows as read, so a wrong encoding or delimiter guess is visible at once. */
export function RawPreview({ table }: { table: SheetTable }) {
  const { t } = useTranslation();
  return (
    <div
      className="import-raw"
      role="region"
      aria-label={t('imports.file.rawPreview')}
      tabIndex={0}
    >
      <table className="import-table">
        <caption>{t('imports.file.rawPreview')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('imports.preview.colRow')}</th>
            {table.headers.map((header, index) => (
              <th key={index} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.slice(0, SHOWN_ROWS).map((row) => (
            <tr key={row.number}>
              <td className="tabular">{row.number}</td>
              {table.headers.map((_, index) => (
                <td key={index}>{row.cells[index] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
