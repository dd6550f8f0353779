import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setSetting } from '../../db/settingsRepository';
import { NOTE_KINDS, type NoteKind } from '../../domain/entities';
import { SelectField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { useReadySession } from '../../session/SessionContext';
import { useSettingsMessages } from './useSettingsMessages';

const isNoteKind = (value: string): value is NoteKind =>
  (NOTE_KINDS as readonly string[]).includes(value);

/** Which kind of note a newly logged call starts as (it can be changed per call). */
export function NoteKindSection() {
  const { t } = useTranslation();
  const { settings, navigator } = useReadySession();
  const { errorMessage } = useSettingsMessages();
  const [error, setError] = useState<string | null>(null);

  const change = async (value: string) => {
    if (!isNoteKind(value) || value === settings.defaultNoteKind) return;
    try {
      setError(null);
      await setSetting('defaultNoteKind', value, navigator.id);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  return (
    <section className="card" aria-labelledby="note-kind-title">
      <h2 id="note-kind-title">{t('settingsEdit.noteKind.title')}</h2>
      <SelectField
        label={t('settingsEdit.noteKind.label')}
        hint={t('settingsEdit.noteKind.hint')}
        value={settings.defaultNoteKind}
        options={NOTE_KINDS.map((kind) => ({
          value: kind,
          label: t(`callLog.noteKinds.${kind}`),
        }))}
        onChange={(event) => void change(event.target.value)}
      />
      {error ? <Notice tone="error">{error}</Notice> : null}
    </section>
  );
}
