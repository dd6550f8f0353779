import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../lib/dates';
import { QUICK_DUE_DATES, quickDueDate } from '../../../lib/quickDates';
import { TextField } from '../../../ui/Field';
import { DueDateField } from '../../followUps/DueDateField';
import type { CallFieldsProps } from './fieldProps';

const NEXT_STEP_SUGGESTIONS = [
  'Ring tillbaka',
  'Skicka information',
  'Boka möte',
  'Kontakta verksamhetsområdet',
];

/** The next step and when: saved as a follow-up on "Idag" in the same transaction as the call. */
export function FollowUpFields({ form, update, errorOf }: CallFieldsProps) {
  const { t } = useTranslation();
  const today = todayIso();
  return (
    <fieldset className="call-form__followup">
      <legend>{t('callLog.followUp')}</legend>
      <TextField
        label={t('callLog.nextStep')}
        list="next-step-suggestions"
        value={form.nextStep}
        error={errorOf('nextStep')}
        onChange={(event) => update({ nextStep: event.target.value })}
      />
      <div className="button-row" role="group" aria-label={t('callLog.quickDates')}>
        {QUICK_DUE_DATES.map((pick) => (
          <button
            key={pick}
            type="button"
            className="button button--small"
            aria-pressed={form.dueDate === quickDueDate(pick, today)}
            onClick={() =>
              update({
                dueDate: quickDueDate(pick, today),
                nextStep: form.nextStep || t('callLog.defaultNextStep'),
              })
            }
          >
            {t(`callLog.quick.${pick}`)}
          </button>
        ))}
      </div>
      <DueDateField
        label={t('callLog.dueDate')}
        value={form.dueDate}
        error={errorOf('dueDate')}
        onChange={(dueDate) => update({ dueDate })}
      />
      <datalist id="next-step-suggestions">
        {NEXT_STEP_SUGGESTIONS.map((suggestion) => (
          <option key={suggestion} value={suggestion} />
        ))}
      </datalist>
    </fieldset>
  );
}
