import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { setSetting } from '../../db/settingsRepository';
import type { Thresholds } from '../../domain/entities';
import {
  parseAmount,
  THRESHOLD_FIELDS,
  thresholdsToInput,
  validateThresholdsInput,
  type ThresholdsErrors,
  type ThresholdsInput,
} from './model/thresholdsInput';
import { formatNumber } from '../../i18n/i18n';
import { Notice } from '../../ui/Notice';
import { useReadySession } from '../../session/SessionContext';
import { AmountField } from './AmountField';
import { useSettingsMessages } from './useSettingsMessages';
import { FormActions } from '../../ui/FormActions';

const LABEL_KEYS = {
  internalDirectProcurementLimit: 'settings.internalLimit',
  legalDirectProcurementLimit: 'settings.legalLimit',
  documentationDutyLimit: 'settings.documentationLimit',
} as const satisfies Record<keyof Thresholds, string>;

type Status = { kind: 'saved' | 'unchanged' } | { kind: 'error'; message: string } | null;

/**
 * The procurement limits. A change is a settings event and applies to new decisions only: each
 * handoff keeps a copy of the limits in force when it was decided.
 */
export function ThresholdsSection() {
  const { t } = useTranslation();
  const { settings, navigator } = useReadySession();
  const { codeMessage, errorMessage } = useSettingsMessages();
  const [input, setInput] = useState<ThresholdsInput>(() => thresholdsToInput(settings.thresholds));
  const [errors, setErrors] = useState<ThresholdsErrors>({});
  const [status, setStatus] = useState<Status>(null);
  const [isSaving, setIsSaving] = useState(false);

  const hintOf = (field: keyof Thresholds) => {
    const amount = parseAmount(input[field]);
    return amount.ok
      ? t('settingsEdit.thresholds.amountHint', { amount: formatNumber(amount.value) })
      : t('settingsEdit.thresholds.amountHintEmpty');
  };

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (isSaving) return;
    setStatus(null);
    const result = validateThresholdsInput(input);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setInput(thresholdsToInput(result.value));
    if (JSON.stringify(result.value) === JSON.stringify(settings.thresholds)) {
      setStatus({ kind: 'unchanged' });
      return;
    }
    setIsSaving(true);
    try {
      await setSetting('thresholds', result.value, navigator.id);
      setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'error', message: errorMessage(error) });
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <section className="card" aria-labelledby="thresholds-title">
      <h2 id="thresholds-title">{t('settings.thresholds')}</h2>
      <p className="muted">{t('settings.thresholdsLead')}</p>
      <Notice tone="info">{t('settingsEdit.thresholds.notice')}</Notice>
      <form className="settings-form" onSubmit={(event) => void handleSubmit(event)} noValidate>
        {THRESHOLD_FIELDS.map((field) => (
          <AmountField
            key={field}
            label={t(LABEL_KEYS[field])}
            suffix="kr"
            value={input[field]}
            hint={hintOf(field)}
            error={codeMessage(errors[field])}
            onChange={(event) => {
              const value = event.target.value;
              setInput((current) => ({ ...current, [field]: value }));
              setErrors((current) => ({ ...current, [field]: undefined }));
              setStatus(null);
            }}
          />
        ))}
        <FormActions
          submitLabel={t('settingsEdit.thresholds.save')}
          isSaving={isSaving}
          savingLabel={t('common.saving')}
        />
      </form>
      {status?.kind === 'saved' ? (
        <Notice tone="success">{t('settingsEdit.thresholds.saved')}</Notice>
      ) : null}
      {status?.kind === 'unchanged' ? (
        <Notice tone="info">{t('settingsEdit.thresholds.unchanged')}</Notice>
      ) : null}
      {status?.kind === 'error' ? <Notice tone="error">{status.message}</Notice> : null}
    </section>
  );
}
