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
import { dismissDuplicate, mergeDuplicateOrganisation } from '../../sync/mergeDuplicates';
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
              {entry.duplicate ? (
                <DuplicateCard entry={entry} onSaved={() => setSaved(true)} />
              ) : (
                <ConflictCard entry={entry} label={label} onSaved={() => setSaved(true)} />
              )}
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

/**
 * The same organisation registered on two machines before they shared a register: merged into the
 * team's record with every call, inquiry, follow-up and contact of both; a similar name only may
 * also be two organisations, and can be set aside.
 */
function DuplicateCard({ entry, onSaved }: { entry: SyncConflictEntry; onSaved: () => void }) {
  const { t } = useTranslation();
  const actorId = useActorId();
  const [error, setError] = useState<string | null>(null);
  const local = useLiveQuery(
    () => (entry.duplicate ? db.organisations.get(entry.duplicate.localId) : undefined),
    [entry.duplicate?.localId],
  );
  const duplicate = entry.duplicate;
  if (!duplicate) return null;
  const incoming = duplicate.incoming;
  const headingId = `duplicate-${entry.key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : '–');

  const run = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
      onSaved();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  return (
    <article className="card conflicts__card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t(duplicate.similarName ? 'team.duplicates.similarTitle' : 'team.duplicates.title', {
          name: text(incoming['name']),
        })}
      </h2>
      <p>{t(duplicate.similarName ? 'team.duplicates.similarLead' : 'team.duplicates.lead')}</p>
      <dl className="conflicts__pair">
        <dt>{t('team.conflicts.server')}</dt>
        <dd>
          {text(incoming['name'])} · {text(incoming['orgNumber'])}
        </dd>
        <dt>{t('team.conflicts.here')}</dt>
        <dd>
          {text(local?.name)} · {text(local?.orgNumber)}
        </dd>
      </dl>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          onClick={() => void run(() => mergeDuplicateOrganisation(db, entry, actorId))}
        >
          {t('team.duplicates.merge')}
        </button>
        {duplicate.similarName ? (
          <button
            type="button"
            className="button"
            onClick={() => void run(() => dismissDuplicate(db, entry))}
          >
            {t('team.duplicates.dismiss')}
          </button>
        ) : null}
      </div>
    </article>
  );
}
