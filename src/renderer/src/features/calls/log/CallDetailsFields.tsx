import { useIsInTeam } from '../../team/teamSync';
import { useTranslation } from 'react-i18next';
import {
  CALL_DIRECTIONS,
  NOTE_KINDS,
  type CallDirection,
  type NoteKind,
} from '../../../domain/entities';
import { SelectField, TextAreaField, TextField } from '../../../ui/Field';
import { useReadySession } from '../../../session/SessionContext';
import type { CallFieldsProps } from './fieldProps';

/** Direction, time, length and outcome of the call, and what was said. */
export function CallDetailsFields({ form, update, errorOf, summaryRef }: CallFieldsProps) {
  const { t } = useTranslation();
  const { callOutcomes } = useReadySession().settings;
  const outcomes = callOutcomes.filter(
    (outcome) => outcome.isActive || outcome.id === form.outcome,
  );
  const isInTeam = useIsInTeam();
  return (
    <>
      <div className="call-form__grid call-form__grid--four">
        <SelectField
          label={t('callLog.direction')}
          value={form.direction}
          options={CALL_DIRECTIONS.map((direction) => ({
            value: direction,
            label: t(`callLog.directions.${direction}`),
          }))}
          onChange={(event) => update({ direction: event.target.value as CallDirection })}
        />
        <TextField
          label={t('callLog.time')}
          type="datetime-local"
          value={form.occurredAt}
          error={errorOf('occurredAt')}
          onChange={(event) => update({ occurredAt: event.target.value })}
        />
        <TextField
          label={t('callLog.duration')}
          type="number"
          min={0}
          max={600}
          inputMode="numeric"
          value={form.durationMinutes}
          error={errorOf('durationMinutes')}
          onChange={(event) => update({ durationMinutes: event.target.value })}
        />
        <SelectField
          label={t('callLog.outcome')}
          value={form.outcome}
          options={outcomes.map((outcome) => ({ value: outcome.id, label: outcome.label }))}
          onChange={(event) => update({ outcome: event.target.value })}
        />
      </div>
      <TextAreaField
        ref={summaryRef}
        label={t('callLog.summary')}
        hint={t('callLog.summaryHint')}
        rows={3}
        value={form.summary}
        error={errorOf('summary')}
        onChange={(event) => update({ summary: event.target.value })}
      />
      <SelectField
        label={t('callLog.noteKind')}
        hint={
          form.noteKind === 'tjansteanteckning'
            ? t('callLog.officialNoteHint')
            : isInTeam
              ? `${t('callLog.privateNoteHint')} ${t('team.privateMemoNotice')}`
              : t('callLog.privateNoteHint')
        }
        value={form.noteKind}
        options={NOTE_KINDS.map((kind) => ({ value: kind, label: t(`callLog.noteKinds.${kind}`) }))}
        onChange={(event) => update({ noteKind: event.target.value as NoteKind })}
      />
    </>
  );
}
