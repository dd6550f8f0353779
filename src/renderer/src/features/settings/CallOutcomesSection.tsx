import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { setSetting } from '../../db/settingsRepository';
import type { CallOutcomeOption } from '../../domain/entities';
import {
  CALL_OUTCOME_LABEL_MAX,
  callOutcomesToDrafts,
  validateCallOutcomes,
  type CallOutcomeDraft,
  type CallOutcomesErrors,
} from './model/callOutcomesInput';
import { newId } from '../../lib/ids';
import { TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { useReadySession } from '../../session/SessionContext';
import { useSettingsMessages } from './useSettingsMessages';

type Row = CallOutcomeDraft & { key: string };

type Status = { kind: 'saved' } | { kind: 'error'; message: string } | null;

const toRows = (drafts: CallOutcomeDraft[]): Row[] =>
  drafts.map((draft) => ({ ...draft, key: draft.id ?? newId() }));

const EMPTY_ERRORS: CallOutcomesErrors = { rows: {} };

/**
 * The outcomes a call can have: relabel, deactivate, add. Calls store the outcome's id, so existing
 * outcomes are never removed and keep their ids; only a row added in this edit can be taken away.
 */
export function CallOutcomesSection() {
  const { t } = useTranslation();
  const { settings, navigator } = useReadySession();
  const { codeMessage, errorMessage } = useSettingsMessages();
  const [rows, setRows] = useState<Row[]>(() =>
    toRows(callOutcomesToDrafts(settings.callOutcomes)),
  );
  const [errors, setErrors] = useState<CallOutcomesErrors>(EMPTY_ERRORS);
  const [status, setStatus] = useState<Status>(null);
  const [isSaving, setIsSaving] = useState(false);
  // What this form saved last, until the session's settings catch up with it.
  const [saved, setSaved] = useState<CallOutcomeOption[]>([]);

  const nameOf = (row: Row, index: number) =>
    row.label.trim() || t('settingsEdit.callOutcomes.label', { number: index + 1 });

  const change = (key: string, patch: Partial<CallOutcomeDraft> | null) => {
    setRows((current) =>
      patch === null
        ? current.filter((row) => row.key !== key)
        : current.map((row) => (row.key === key ? { ...row, ...patch } : row)),
    );
    setErrors(EMPTY_ERRORS);
    setStatus(null);
  };

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (isSaving) return;
    setStatus(null);
    const drafts = rows.map(({ id, label, isActive }) => ({ id, label, isActive }));
    const known = new Set(settings.callOutcomes.map((option) => option.id));
    const previous = [...settings.callOutcomes, ...saved.filter((option) => !known.has(option.id))];
    const result = validateCallOutcomes(drafts, previous);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setIsSaving(true);
    try {
      await setSetting('callOutcomes', result.value, navigator.id);
      setSaved(result.value);
      setRows(toRows(result.value));
      setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'error', message: errorMessage(error) });
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <section className="card" aria-labelledby="call-outcomes-title">
      <h2 id="call-outcomes-title">{t('settingsEdit.callOutcomes.title')}</h2>
      <p className="muted">{t('settingsEdit.callOutcomes.lead')}</p>
      <form className="settings-form" onSubmit={(event) => void handleSubmit(event)} noValidate>
        <ol className="outcome-list">
          {rows.map((row, index) => (
            <li key={row.key} className="outcome-list__item">
              <TextField
                label={t('settingsEdit.callOutcomes.label', { number: index + 1 })}
                value={row.label}
                maxLength={CALL_OUTCOME_LABEL_MAX}
                error={codeMessage(errors.rows[index])}
                onChange={(event) => change(row.key, { label: event.target.value })}
              />
              <label className="checkbox outcome-list__active">
                <input
                  type="checkbox"
                  checked={row.isActive}
                  aria-label={t('settingsEdit.callOutcomes.active', { name: nameOf(row, index) })}
                  onChange={(event) => change(row.key, { isActive: event.target.checked })}
                />
                <span aria-hidden="true">{t('settingsEdit.callOutcomes.activeShort')}</span>
              </label>
              {row.id === null ? (
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('settingsEdit.callOutcomes.removeLabel', {
                    name: nameOf(row, index),
                  })}
                  onClick={() => change(row.key, null)}
                >
                  {t('settingsEdit.callOutcomes.remove')}
                </button>
              ) : null}
            </li>
          ))}
        </ol>
        {errors.list ? <Notice tone="error">{codeMessage(errors.list)}</Notice> : null}
        <div className="form__actions">
          <button
            type="button"
            className="button"
            onClick={() =>
              setRows((current) => [
                ...current,
                ...toRows([{ id: null, label: '', isActive: true }]),
              ])
            }
          >
            {t('settingsEdit.callOutcomes.add')}
          </button>
          <button type="submit" className="button button--primary" disabled={isSaving}>
            {isSaving ? t('common.saving') : t('settingsEdit.callOutcomes.save')}
          </button>
        </div>
      </form>
      {status?.kind === 'saved' ? (
        <Notice tone="success">{t('settingsEdit.callOutcomes.saved')}</Notice>
      ) : null}
      {status?.kind === 'error' ? <Notice tone="error">{status.message}</Notice> : null}
    </section>
  );
}
