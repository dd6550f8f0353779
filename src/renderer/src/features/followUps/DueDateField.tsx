import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { dayOffReason, nextWorkingDay, type DayOff } from '../../domain/swedishHolidays';
import { formatWeekdayDate, isIsoDate } from '../../lib/dates';
import { TextField } from '../../ui/Field';
import './DueDateField.css';

export type DueDateFieldProps = {
  label: string;
  /** yyyy-MM-dd, or '' / a half-typed value while the user types. */
  value: string;
  error?: string;
  autoFocus?: boolean;
  onChange: (value: string) => void;
};

/**
 * A follow-up date with its weekday spelled out ("fredag 27 november"). A weekend day or a
 * holiday is allowed, but said, with a one-click move to the next working day: the date the user
 * picked is never changed behind their back.
 */
export function DueDateField({ label, value, error, autoFocus, onChange }: DueDateFieldProps) {
  const { t } = useTranslation();
  const isDate = isIsoDate(value);
  const dayOff = isDate ? dayOffReason(value) : null;
  const dayOffText = (reason: DayOff) =>
    reason.kind === 'holiday'
      ? t('dueDate.dayOff.holiday', { holiday: t(`dueDate.holidays.${reason.holiday}`) })
      : t(`dueDate.dayOff.${reason.kind}`);
  const next = dayOff ? nextWorkingDay(value) : null;
  const frameRef = useRef<HTMLDivElement>(null);

  // The move button disappears with the hint; focus goes on from the date field, not the body.
  const moveTo = (date: string) => {
    onChange(date);
    frameRef.current?.querySelector('input')?.focus();
  };

  return (
    <div className="due-date-field" ref={frameRef}>
      <TextField
        label={label}
        type="date"
        value={value}
        error={error}
        autoFocus={autoFocus}
        hint={
          isDate ? (
            <span className="due-date-field__weekday">{formatWeekdayDate(value)}</span>
          ) : undefined
        }
        warning={
          dayOff && next ? (
            <span className="due-date-field__day-off">
              <span>{dayOffText(dayOff)}</span>
              <button type="button" className="button button--small" onClick={() => moveTo(next)}>
                {t('dueDate.moveTo', { date: formatWeekdayDate(next) })}
              </button>
            </span>
          ) : undefined
        }
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
