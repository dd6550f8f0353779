import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../ui/Field';

export type FollowUpDatesProps = {
  dates: string[];
  onChange: (dates: string[]) => void;
  /** Indexes of dates that are not real dates. */
  invalid: number[];
};

/** The agreement's joint follow-up dates: add and remove as many as are agreed. */
export function FollowUpDates({ dates, onChange, invalid }: FollowUpDatesProps) {
  const { t } = useTranslation();
  const addButton = useRef<HTMLButtonElement>(null);
  const add = () => {
    onChange([...dates, '']);
    const index = dates.length;
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-follow-up="${index}"]`)?.focus(),
    );
  };
  const remove = (index: number) => {
    onChange(dates.filter((_, at) => at !== index));
    requestAnimationFrame(() => addButton.current?.focus());
  };
  return (
    <fieldset className="follow-up-dates" aria-describedby="follow-up-dates-hint">
      <legend>{t('inquiry.outcome.followUps')}</legend>
      <p id="follow-up-dates-hint" className="field__hint">
        {t('inquiry.outcome.followUpsHint')}
      </p>
      {dates.length > 0 ? (
        <ol className="follow-up-dates__list">
          {dates.map((date, index) => (
            // Dates can repeat while typed; the position is the stable identity here.
            <li key={index} className="follow-up-dates__item">
              <TextField
                label={t('inquiry.outcome.followUpDate', { number: index + 1 })}
                type="date"
                data-follow-up={index}
                value={date}
                error={invalid.includes(index) ? t('errors.dateInvalid') : undefined}
                onChange={(event) =>
                  onChange(dates.map((value, at) => (at === index ? event.target.value : value)))
                }
              />
              <button type="button" className="button button--small" onClick={() => remove(index)}>
                {t('inquiry.outcome.removeFollowUp', { number: index + 1 })}
              </button>
            </li>
          ))}
        </ol>
      ) : null}
      <div>
        <button ref={addButton} type="button" className="button button--small" onClick={add}>
          {t('inquiry.outcome.addFollowUp')}
        </button>
      </div>
    </fieldset>
  );
}
