import { useTranslation } from 'react-i18next';
import type { RowPreview } from './model/planImport';
import { rowError, type RowProblem } from './model/rowDraft';

/** Reasons that already say which field they are about ("Samtalet saknar datum."). */
const NAMES_ITS_FIELD: ReadonlySet<string> = new Set(
  ['contactNameMissing', 'inquiryTitleMissing', 'callDateMissing', 'stageNeedsHandoff'].map(
    rowError,
  ),
);

/** Sentences for the preview and the error report: what happens to a row, and why. */
export function useDescribeRow(): {
  problems: (problems: RowProblem[]) => string;
  row: (preview: RowPreview) => string;
} {
  const { t, i18n } = useTranslation();
  // "Organisationsnummer: Kontrollsiffran …" — a plain field name, unless the reason names it.
  const problem = ({ field, code }: RowProblem) => {
    const text = i18n.exists(code) ? t(code as 'errors.invalid') : code;
    return field && !NAMES_ITS_FIELD.has(code)
      ? `${t(`imports.problemFields.${field}`)}: ${text}`
      : text;
  };
  const problems = (list: RowProblem[]) => list.map(problem).join(' ');
  const row = (preview: RowPreview) => {
    if (preview.status === 'error') return problems(preview.problems);
    const parts: string[] = [];
    if (preview.match) {
      const by = t(
        preview.match.by === 'orgNumber' ? 'imports.preview.byOrgNumber' : 'imports.preview.byName',
      );
      parts.push(
        preview.match.source === 'file'
          ? t('imports.preview.matchFile', { row: preview.match.row, by })
          : t('imports.preview.matchDatabase', { name: preview.match.name, by }),
      );
    }
    if (preview.action === 'create') parts.push(t('imports.preview.create'));
    if (preview.action === 'update') parts.push(t('imports.preview.update'));
    if (preview.action === 'skip') parts.push(t('imports.preview.skip'));
    return parts.join(' ');
  };
  return { problems, row };
}
