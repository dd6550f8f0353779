import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_ENCODINGS, type TextEncodingName } from './model/decodeText';
import { CSV_DELIMITERS, type CsvDelimiter } from './model/parseCsv';
import { formatNumber } from '../../i18n/i18n';
import { SelectField } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { Notice } from '../../ui/Notice';
import { RawPreview } from './RawPreview';
import type { ImportFileState } from './useImportFile';

const isEncoding = (value: string): value is TextEncodingName =>
  (TEXT_ENCODINGS as readonly string[]).includes(value);
const isDelimiter = (value: string): value is CsvDelimiter =>
  (CSV_DELIMITERS as readonly string[]).includes(value);

/** Step 1: choose the file; see what was guessed about it and correct a wrong guess. */
export function FileStep({ state, focusFirst }: { state: ImportFileState; focusFirst: boolean }) {
  const { t } = useTranslation();
  const { file, content, error, isReading, choose, reread } = state;
  const chooseRef = useRef<HTMLButtonElement>(null);
  // After "Importera en fil till" the result card is gone; focus goes where the next step starts.
  useEffect(() => {
    if (focusFirst) chooseRef.current?.focus();
  }, [focusFirst]);
  return (
    <section className="card import-step" aria-labelledby="import-file-title">
      <h2 id="import-file-title">{t('imports.steps.file')}</h2>
      <div className="button-row">
        <button
          ref={chooseRef}
          type="button"
          className={file ? 'button' : 'button button--primary'}
          onClick={() => void choose()}
        >
          {file ? t('imports.chooseOther') : t('imports.chooseFile')}
        </button>
      </div>
      {isReading ? <Loading label={t('imports.reading')} /> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      {file && content ? (
        <>
          <p className="import-file__summary">
            {t('imports.file.summary', {
              name: file.name,
              rows: formatNumber(content.table.rows.length),
              columns: content.table.headers.length,
            })}
          </p>
          <div className="import-file__options">
            {content.kind === 'csv' ? (
              <>
                <SelectField
                  label={t('imports.file.encoding')}
                  value={content.encoding}
                  options={TEXT_ENCODINGS.map((value) => ({
                    value,
                    label: t(`imports.file.encodings.${value}`),
                  }))}
                  onChange={(event) => {
                    const value = event.target.value;
                    if (isEncoding(value)) void reread({ encoding: value });
                  }}
                />
                <SelectField
                  label={t('imports.file.delimiter')}
                  value={content.delimiter}
                  options={CSV_DELIMITERS.map((value) => ({
                    value,
                    label: t(`imports.file.delimiters.${value}`),
                  }))}
                  onChange={(event) => {
                    const value = event.target.value;
                    if (isDelimiter(value)) void reread({ delimiter: value });
                  }}
                />
              </>
            ) : (
              <SelectField
                label={t('imports.file.sheet')}
                value={content.sheetName}
                options={content.sheetNames.map((name) => ({ value: name, label: name }))}
                onChange={(event) => void reread({ sheet: event.target.value })}
              />
            )}
          </div>
          {content.kind === 'csv' ? <p className="muted">{t('imports.file.guessHint')}</p> : null}
          <RawPreview table={content.table} />
        </>
      ) : null}
    </section>
  );
}
