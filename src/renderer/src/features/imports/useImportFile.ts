import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matchHeaders } from './model/headerMatching';
import type { ColumnMapping } from './model/importFields';
import { readSpreadsheet, type ReadOptions, type ReadSpreadsheet } from './model/readSpreadsheet';
import { platform } from '../../lib/platform';

export type LoadedFile = { name: string; bytes: Uint8Array };
export type ReadTable = Extract<ReadSpreadsheet, { ok: true }>;

export type ImportFileState = {
  file: LoadedFile | null;
  content: ReadTable | null;
  error: string | null;
  isReading: boolean;
  mapping: ColumnMapping;
  setMapping: (mapping: ColumnMapping) => void;
  choose: () => Promise<void>;
  reread: (patch: ReadOptions) => Promise<void>;
};

/** The chosen file, read as a table with a guessed (and overridable) encoding, delimiter or sheet. */
export function useImportFile(): ImportFileState {
  const { t } = useTranslation();
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [options, setOptions] = useState<ReadOptions>({});
  const [content, setContent] = useState<ReadTable | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isReading, setIsReading] = useState(false);
  const [mapping, setMapping] = useState<ColumnMapping>([]);

  const read = async (loaded: LoadedFile, nextOptions: ReadOptions) => {
    setIsReading(true);
    setOptions(nextOptions);
    const result = await readSpreadsheet(loaded.bytes, nextOptions);
    setIsReading(false);
    if (!result.ok) {
      setContent(null);
      setError(t(`imports.fileErrors.${result.error}`));
      return;
    }
    setError(null);
    // Another encoding or delimiter that gives the same headers keeps the user's mapping.
    const sameHeaders =
      content !== null &&
      content.table.headers.join('\u0000') === result.table.headers.join('\u0000');
    setContent(result);
    if (!sameHeaders) setMapping(matchHeaders(result.table.headers));
  };

  const choose = async () => {
    const opened = await platform.openFile({
      filters: [{ name: t('imports.fileFilter'), extensions: ['csv', 'txt', 'tsv', 'xlsx'] }],
    });
    if (!opened.ok) {
      setError(t('imports.fileErrors.openFailed', { message: opened.error }));
      return;
    }
    if (!opened.value) return;
    const loaded = { name: opened.value.name, bytes: opened.value.data };
    setFile(loaded);
    await read(loaded, {});
  };

  const reread = async (patch: ReadOptions) => {
    if (file) await read(file, { ...options, ...patch });
  };

  return { file, content, error, isReading, mapping, setMapping, choose, reread };
}
