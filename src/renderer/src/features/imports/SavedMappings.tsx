import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listImportMappings, saveImportMapping } from './data/importMappingRepository';
import { applySavedMapping, mappingToColumns, savedMappingFits } from './model/headerMatching';
import type { ColumnMapping } from './model/importFields';
import { SelectField, TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { useErrorMessage } from '../../session/useErrorMessage';

export type SavedMappingsProps = {
  headers: string[];
  mapping: ColumnMapping;
  onApply: (mapping: ColumnMapping) => void;
};

/** Offers the saved mappings whose columns are all in this file, and saves the current one. */
export function SavedMappings({ headers, mapping, onApply }: SavedMappingsProps) {
  const { t } = useTranslation();
  const toMessage = useErrorMessage();
  const saved = useLiveQuery(listImportMappings, []);
  const [chosen, setChosen] = useState('');
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const fitting = (saved ?? []).filter((entry) => savedMappingFits(headers, entry.columns));

  const handleChoose = (id: string) => {
    setChosen(id);
    const entry = fitting.find((candidate) => candidate.id === id);
    if (!entry) return;
    onApply(applySavedMapping(headers, entry.columns));
    setMessage({ tone: 'success', text: t('imports.mapping.savedApplied', { name: entry.name }) });
  };

  const handleSave = async () => {
    try {
      const entry = await saveImportMapping(name, mappingToColumns(headers, mapping));
      setMessage({ tone: 'success', text: t('imports.mapping.savedDone', { name: entry.name }) });
      setChosen(entry.id);
    } catch (error) {
      setMessage({ tone: 'error', text: toMessage(error) });
    }
  };

  return (
    <div className="import-saved">
      {fitting.length > 0 ? (
        <SelectField
          label={t('imports.mapping.saved')}
          value={chosen}
          options={[
            { value: '', label: t('imports.mapping.savedNone') },
            ...fitting.map((entry) => ({ value: entry.id, label: entry.name })),
          ]}
          onChange={(event) => handleChoose(event.target.value)}
        />
      ) : null}
      <form
        className="import-saved__form"
        onSubmit={(event) => {
          event.preventDefault();
          void handleSave();
        }}
      >
        <TextField
          label={t('imports.mapping.saveName')}
          value={name}
          maxLength={100}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button" disabled={name.trim() === ''}>
          {t('imports.mapping.save')}
        </button>
      </form>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
    </div>
  );
}
