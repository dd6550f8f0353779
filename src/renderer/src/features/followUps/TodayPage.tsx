import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useAppStore } from '../../app/store';
import type { DueFollowUp } from './data/followUpQueries';
import { completeFollowUp, reopenFollowUp } from './data/followUpRepository';
import { listNavigators } from '../settings/data/navigatorRepository';
import { EmptyState } from '../../ui/EmptyState';
import { FollowUpExport } from '../exports/FollowUpExport';
import { SelectField } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { Notice } from '../../ui/Notice';
import { useActorId, useReadySession } from '../../session/SessionContext';
import { useErrorMessage } from '../../session/useErrorMessage';
import type { FollowUpAction } from './FollowUpRow';
import { FollowUpSection } from './FollowUpSection';
import { ReassignDialog } from './ReassignDialog';
import { RescheduleDialog } from './RescheduleDialog';
import { FOLLOW_UP_SECTIONS, useDueFollowUps, useToday } from './useDueFollowUps';

/** The search param holding whose follow-ups are shown: absent = mine, "alla", or a navigator id. */
const SCOPE_PARAM = 'lots';
const SCOPE_MINE = 'mina';
const SCOPE_ALL = 'alla';

type Editing = { kind: 'reschedule' | 'reassign'; followUp: DueFollowUp } | null;
type Completed = { id: string; nextStep: string; name: string } | null;

/** The start page "Idag": follow-ups that are overdue, due today and due in the coming week. */
export function TodayPage() {
  const { t } = useTranslation();
  const { navigator } = useReadySession();
  const actorId = useActorId();
  const toMessage = useErrorMessage();
  const openCallDialog = useAppStore((state) => state.openCallDialog);
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get(SCOPE_PARAM) ?? SCOPE_MINE;
  const scope = requested === navigator.id ? SCOPE_MINE : requested;
  const navigatorId = scope === SCOPE_MINE ? navigator.id : scope === SCOPE_ALL ? null : scope;
  const today = useToday();
  const groups = useDueFollowUps(navigatorId, today);
  const navigators = useLiveQuery(listNavigators, []);
  const navigatorsById = new Map((navigators ?? []).map((entry) => [entry.id, entry]));
  const [editing, setEditing] = useState<Editing>(null);
  const [completed, setCompleted] = useState<Completed>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (action: () => Promise<unknown>) => {
    try {
      setError(null);
      await action();
    } catch (caught) {
      setError(toMessage(caught));
    }
  };

  const handleAction = (action: FollowUpAction, followUp: DueFollowUp) => {
    setCompleted(null);
    if (action === 'done') {
      const name = followUp.organisationName || t('today.unknownOrganisation');
      void run(async () => {
        await completeFollowUp(followUp.id, actorId);
        setCompleted({ id: followUp.id, nextStep: followUp.nextStep, name });
      });
    } else if (action === 'doneAndLog') {
      // The call dialog marks the follow-up done when the call is saved.
      openCallDialog({ organisationId: followUp.organisationId, followUpId: followUp.id });
    } else {
      setEditing({ kind: action, followUp });
    }
  };

  const setScope = (value: string) =>
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value === SCOPE_MINE) next.delete(SCOPE_PARAM);
        else next.set(SCOPE_PARAM, value);
        return next;
      },
      { replace: true },
    );

  const total = groups
    ? FOLLOW_UP_SECTIONS.reduce((sum, section) => sum + groups[section].length, 0)
    : 0;

  return (
    <div className="page today">
      <div className="page__header">
        <h1>{t('today.title')}</h1>
        {/* "Logga samtal" is the header's button (on every screen, with its Ctrl+L): one way. */}
        <FollowUpExport navigatorId={navigatorId} today={today} />
      </div>
      <div className="today__scope">
        <SelectField
          label={t('today.scopeLabel')}
          value={scope}
          options={[
            { value: SCOPE_MINE, label: t('today.scopeMine') },
            { value: SCOPE_ALL, label: t('today.scopeAll') },
            ...(navigators ?? [])
              .filter((entry) => entry.id !== navigator.id)
              .map((entry) => ({ value: entry.id, label: entry.name })),
          ]}
          onChange={(event) => setScope(event.target.value)}
        />
      </div>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {completed ? (
        <Notice
          tone="success"
          actions={
            <button
              type="button"
              className="button button--small"
              autoFocus
              onClick={() => {
                setCompleted(null);
                void run(() => reopenFollowUp(completed.id, actorId));
              }}
            >
              {t('today.undo')}
            </button>
          }
        >
          {t('today.doneNotice', { nextStep: completed.nextStep, name: completed.name })}
        </Notice>
      ) : null}
      {groups === undefined ? (
        <Loading label={t('app.loading')} />
      ) : total === 0 ? (
        <EmptyState
          title={t('today.empty')}
          actions={
            scope === SCOPE_MINE ? (
              // Colleagues' follow-ups are one click away when you have none of your own.
              <Link to={`/idag?${SCOPE_PARAM}=${SCOPE_ALL}`}>{t('today.showEveryone')}</Link>
            ) : undefined
          }
        >
          <p>{t('today.emptyBody')}</p>
        </EmptyState>
      ) : (
        FOLLOW_UP_SECTIONS.map((section) => (
          <FollowUpSection
            key={section}
            section={section}
            followUps={groups[section]}
            navigatorsById={navigatorsById}
            onAction={handleAction}
          />
        ))
      )}
      {editing?.kind === 'reschedule' ? (
        <RescheduleDialog
          followUp={editing.followUp}
          today={today}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {editing?.kind === 'reassign' ? (
        <ReassignDialog
          followUp={editing.followUp}
          navigators={navigators ?? []}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </div>
  );
}
