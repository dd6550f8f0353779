import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DueFollowUp } from './data/followUpQueries';
import { rescheduleFollowUp } from './data/followUpRepository';
import { dayOffReason, nextWorkingDay } from '../../domain/swedishHolidays';
import { formatDueDate, isIsoDate } from '../../lib/dates';
import { quickDueDate } from '../../lib/quickDates';
import { Dialog } from '../../ui/Dialog';
import { Notice } from '../../ui/Notice';
import { useActorId } from '../../session/SessionContext';
import { useErrorMessage } from '../../session/useErrorMessage';
import { DueDateField } from './DueDateField';
import { FormActions } from '../../ui/FormActions';

export type RescheduleDialogProps = {
  followUp: DueFollowUp;
  /** Today's date (yyyy-MM-dd), the base of the quick picks. */
  today: string;
  onClose: () => void;
};

/** "Flytta": a new due date, typed or one of the quick picks (which move at once). */
export function RescheduleDialog({ followUp, today, onClose }: RescheduleDialogProps) {
  const { t } = useTranslation();
  const actorId = useActorId();
  const toMessage = useErrorMessage();
  const tomorrow = quickDueDate('imorgon', today);
  const nextWeek = quickDueDate('om1vecka', today);
  // "I morgon" on a Friday is a Saturday: then the next working day is offered beside it.
  const workingDay = dayOffReason(tomorrow) ? nextWorkingDay(tomorrow) : null;
  const [date, setDate] = useState(tomorrow);
  const [dateError, setDateError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const name = followUp.organisationName || t('today.unknownOrganisation');

  const save = async (dueDate: string) => {
    if (isSaving) return;
    if (!isIsoDate(dueDate)) {
      setDateError(t('today.rescheduleDialog.invalidDate'));
      return;
    }
    setIsSaving(true);
    try {
      await rescheduleFollowUp(followUp.id, dueDate, actorId);
      onClose();
    } catch (error) {
      setSaveError(toMessage(error));
      setIsSaving(false);
    }
  };

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save(date);
  };

  return (
    <Dialog title={t('today.rescheduleDialog.title', { name })} isOpen onClose={onClose}>
      <form onSubmit={handleSubmit} noValidate className="dialog__form">
        <p className="followup__step">{followUp.nextStep}</p>
        <div className="button-row" role="group" aria-label={t('today.rescheduleDialog.quick')}>
          <button
            type="button"
            className="button button--small"
            disabled={isSaving}
            onClick={() => void save(tomorrow)}
          >
            {t('today.rescheduleDialog.tomorrow', { date: formatDueDate(tomorrow) })}
          </button>
          {workingDay ? (
            <button
              type="button"
              className="button button--small"
              disabled={isSaving}
              onClick={() => void save(workingDay)}
            >
              {t('today.rescheduleDialog.nextWorkingDay', { date: formatDueDate(workingDay) })}
            </button>
          ) : null}
          <button
            type="button"
            className="button button--small"
            disabled={isSaving}
            onClick={() => void save(nextWeek)}
          >
            {t('today.rescheduleDialog.nextWeek', { date: formatDueDate(nextWeek) })}
          </button>
        </div>
        <DueDateField
          label={t('today.rescheduleDialog.date')}
          value={date}
          error={dateError ?? undefined}
          autoFocus
          onChange={(value) => {
            setDate(value);
            setDateError(null);
          }}
        />
        {saveError ? <Notice tone="error">{saveError}</Notice> : null}
        <FormActions
          submitLabel={t('today.rescheduleDialog.submit')}
          isSaving={isSaving}
          onCancel={onClose}
          cancelLabel={t('common.cancel')}
        />
      </form>
    </Dialog>
  );
}
