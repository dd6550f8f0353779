import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { db } from '../../db/db';
import { DELETED_FIELD, type SyncConflictEntry } from '../../domain/syncRecords';
import { formatDateTime } from '../../lib/dates';
import { useActorId } from '../../session/SessionContext';
import { resolveConflict, type ConflictChoice } from '../../sync/resolveConflict';
import { syncTables } from '../../sync/syncTables';
import { EmptyState } from '../../ui/EmptyState';
import { Loading } from '../../ui/Loading';
import { Notice } from '../../ui/Notice';
import { RadioGroup } from '../../ui/RadioGroup';
import { recordLabels } from './data/recordLabels';
import './ConflictsPage.css';

/** Konflikter: fields changed on two machines while apart, both values side by side, one choice. */
export function ConflictsPage() {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const conflicts = useLiveQuery(async () => {
    const entries = await syncTables(db).conflicts.orderBy('detectedAt').toArray();
    const labels = await recordLabels(entries);
    return entries.map((entry) => ({ entry, label: labels.get(entry.key) ?? entry.id }));
  }, []);

  return (
    <div className="page conflicts">
      <div className="page__header">
        <h1>{t('team.conflicts.title')}</h1>
      </div>
      <p>{t('team.conflicts.lead')}</p>
      {saved ? <Notice tone="success">{t('team.conflicts.saved')}</Notice> : null}
      {conflicts === undefined ? (
        <Loading label={t('team.conflicts.loading')} />
      ) : conflicts.length === 0 ? (
        <EmptyState
          title={t('team.conflicts.empty')}
          actions={
            <Link className="button" to="/idag">
              {t('team.conflicts.backToToday')}
            </Link>
          }
        />
      ) : (
        <ul className="conflicts__list">
          {conflicts.map(({ entry, label }) => (
            <li key={entry.key}>
              <ConflictCard entry={entry} label={label} onSaved={() => setSaved(true)} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ConflictCard({
  entry,
  label,
  onSaved,
}: {
  entry: SyncConflictEntry;
  label: string;
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation();
  const actorId = useActorId();
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>({});
  const [error, setError] = useState<string | null>(null);
  const headingId = `conflict-${entry.key.replace(/[^A-Za-z0-9_-]/g, '-')}`;

  const fieldLabel = (field: string): string =>
    field === DELETED_FIELD
      ? t('team.conflicts.deletedField')
      : i18n.exists(`fields.${field}`)
        ? t(`fields.${field}` as 'fields.name')
        : field;
  const valueText = (field: string, value: unknown): string => {
    if (field === DELETED_FIELD) {
      return value === true ? t('team.conflicts.deletedYes') : t('team.conflicts.deletedNo');
    }
    if (value === null || value === undefined || value === '')
      return t('team.conflicts.emptyValue');
    return typeof value === 'string' ? value : JSON.stringify(value);
  };

  const save = async () => {
    setError(null);
    try {
      await resolveConflict(db, entry, choices, actorId);
      onSaved();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  return (
    <article className="card conflicts__card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t(`team.conflicts.record.${entry.table}`)}: {label}
      </h2>
      <p className="muted">
        {t('team.conflicts.detectedAt', { when: formatDateTime(entry.detectedAt) })}
      </p>
      {entry.fields.map((field) => (
        <RadioGroup<ConflictChoice>
          key={field.field}
          legend={fieldLabel(field.field)}
          value={choices[field.field] ?? 'server'}
          onChange={(choice) => setChoices((current) => ({ ...current, [field.field]: choice }))}
          options={[
            {
              value: 'server',
              label: `${t('team.conflicts.server')}: ${valueText(field.field, field.server)}`,
            },
            {
              value: 'local',
              label: `${t('team.conflicts.here')}: ${valueText(field.field, field.local)}`,
            },
          ]}
        />
      ))}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => void save()}>
          {t('team.conflicts.save')}
        </button>
      </div>
    </article>
  );
}
