import { useIsInTeam } from '../../team/teamSync';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { updateCall } from '../data/callRepository';
import {
  CALL_DIRECTIONS,
  NOTE_KINDS,
  type CallDirection,
  type CallEntity,
  type NoteKind,
} from '../../../domain/entities';
import { isoToLocalInput, localInputToIso } from '../../../lib/dates';
import { Dialog } from '../../../ui/Dialog';
import { SelectField, TextAreaField, TextField } from '../../../ui/Field';
import { Notice } from '../../../ui/Notice';
import { useActorId, useReadySession } from '../../../session/SessionContext';
import { useErrorMessage } from '../../../session/useErrorMessage';
import { FormActions } from '../../../ui/FormActions';

export type CallEditDialogProps = { call: CallEntity; onClose: () => void };

/** Corrects a logged call; the original values stay in the history (the event keeps them). */
export function CallEditDialog({ call, onClose }: CallEditDialogProps) {
  const { t } = useTranslation();
  const actorId = useActorId();
  const toMessage = useErrorMessage();
  const { callOutcomes } = useReadySession().settings;
  const [summary, setSummary] = useState(call.summary);
  const [outcome, setOutcome] = useState(call.outcome);
  const [direction, setDirection] = useState<CallDirection>(call.direction);
  const [noteKind, setNoteKind] = useState<NoteKind>(call.noteKind);
  const isInTeam = useIsInTeam();
  const [occurredAt, setOccurredAt] = useState(isoToLocalInput(call.occurredAt));
  const [duration, setDuration] = useState(String(call.durationMinutes));
  const [error, setError] = useState<string | null>(null);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await updateCall(
        call.id,
        {
          summary,
          outcome,
          direction,
          noteKind,
          occurredAt: localInputToIso(occurredAt) ?? '',
          durationMinutes: duration === '' ? 0 : Number(duration),
        },
        actorId,
      );
      onClose();
    } catch (caught) {
      setError(toMessage(caught));
    }
  };

  return (
    <Dialog title={t('timeline.editCall')} isOpen onClose={onClose}>
      <form className="dialog__form" onSubmit={handleSubmit} noValidate>
        <div className="call-form__grid">
          <SelectField
            label={t('callLog.direction')}
            value={direction}
            options={CALL_DIRECTIONS.map((value) => ({
              value,
              label: t(`callLog.directions.${value}`),
            }))}
            onChange={(event) => setDirection(event.target.value as CallDirection)}
          />
          <SelectField
            label={t('callLog.outcome')}
            value={outcome}
            options={callOutcomes.map((option) => ({ value: option.id, label: option.label }))}
            onChange={(event) => setOutcome(event.target.value)}
          />
          <TextField
            label={t('callLog.time')}
            type="datetime-local"
            value={occurredAt}
            onChange={(event) => setOccurredAt(event.target.value)}
          />
          <TextField
            label={t('callLog.duration')}
            type="number"
            min={0}
            max={600}
            value={duration}
            onChange={(event) => setDuration(event.target.value)}
          />
        </div>
        <TextAreaField
          label={t('callLog.summary')}
          rows={4}
          autoFocus
          value={summary}
          onChange={(event) => setSummary(event.target.value)}
        />
        <SelectField
          label={t('callLog.noteKind')}
          hint={
            isInTeam && noteKind === 'minnesanteckning' ? t('team.privateMemoNotice') : undefined
          }
          value={noteKind}
          options={NOTE_KINDS.map((value) => ({ value, label: t(`callLog.noteKinds.${value}`) }))}
          onChange={(event) => setNoteKind(event.target.value as NoteKind)}
        />
        <p className="muted">{t('timeline.editKeepsOriginal')}</p>
        {error ? <Notice tone="error">{error}</Notice> : null}
        <FormActions
          submitLabel={t('common.save')}
          onCancel={onClose}
          cancelLabel={t('common.cancel')}
        />
      </form>
    </Dialog>
  );
}
