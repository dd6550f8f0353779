import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteCall } from '../calls/data/callRepository';
import type { CallEntity, ContactPersonEntity } from '../../domain/entities';
import { useConfirm } from '../../ui/useConfirm';
import { useActorId, useReadySession } from '../../session/SessionContext';
import { CallEditDialog } from '../calls/log/CallEditDialog';

export type CallItemProps = {
  call: CallEntity;
  person: ContactPersonEntity | undefined;
  who: string | undefined;
  onError: (error: unknown) => void;
};

/** A logged call: direction, outcome, who, what was said; editable, and deletable if a private memo. */
export function CallItem({ call, person, who, onError }: CallItemProps) {
  const { t } = useTranslation();
  const actorId = useActorId();
  const { callOutcomes } = useReadySession().settings;
  const [isEditing, setIsEditing] = useState(false);
  const [confirm, confirmDialog] = useConfirm();
  const outcome = callOutcomes.find((option) => option.id === call.outcome)?.label ?? call.outcome;
  const isMemo = call.noteKind === 'minnesanteckning';

  const handleDelete = async () => {
    const isConfirmed = await confirm({
      title: t('confirm.deleteMemo.title'),
      message: t('confirm.deleteMemo.message'),
      confirmLabel: t('confirm.deleteMemo.confirm'),
      cancelLabel: t('common.cancel'),
      tone: 'danger',
    });
    if (!isConfirmed) return;
    try {
      await deleteCall(call.id, actorId);
    } catch (error) {
      onError(error);
    }
  };

  return (
    <>
      <span>
        <strong>
          {t(`callLog.directions.${call.direction}`)}{' '}
          {t('timeline.call').toLocaleLowerCase('sv-SE')}
        </strong>
        {' · '}
        {outcome}
        {person ? ` · ${person.name}` : ''}
        {call.durationMinutes > 0
          ? ` · ${t('timeline.minutes', { count: call.durationMinutes })}`
          : ''}
        {who ? ` · ${who}` : ''}
        {isMemo ? (
          <span className="badge badge--muted">{t('callLog.noteKinds.minnesanteckning')}</span>
        ) : null}
      </span>
      <p className="timeline__text prewrap">{call.summary}</p>
      <span className="timeline__actions">
        <button type="button" className="button button--small" onClick={() => setIsEditing(true)}>
          {t('timeline.editCall')}
        </button>
        {isMemo ? (
          <button
            type="button"
            className="button button--small"
            onClick={() => void handleDelete()}
          >
            {t('timeline.deleteMemo')}
          </button>
        ) : null}
      </span>
      {isEditing ? <CallEditDialog call={call} onClose={() => setIsEditing(false)} /> : null}
      {confirmDialog}
    </>
  );
}
