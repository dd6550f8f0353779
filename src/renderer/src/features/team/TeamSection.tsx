import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/dates';
import { formatNumber } from '../../i18n/i18n';
import { SelectField, TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { ProgressBar } from '../../ui/ProgressBar';
import { useConfirm } from '../../ui/useConfirm';
import { useFocusOnHash } from '../../ui/useFocusOnHash';
import { failureText, syncStatusText } from './syncStatusText';
import {
  checkConnection,
  connectToTeam,
  failureCodeOf,
  leaveCurrentTeam,
  retryRefused,
  signInAgain,
  syncNow,
  useTeamStore,
} from './teamSync';
import { useRefusedChanges } from './useRefusedChanges';

export const TEAM_SECTION_ID = 'team';

type Message = { tone: 'success' | 'error' | 'info'; text: string } | null;

/** Inställningar → Team: join a team server, see how syncing goes, sign in again, leave. */
export function TeamSection() {
  const { t } = useTranslation();
  const loaded = useTeamStore((state) => state.loaded);
  const membership = useTeamStore((state) => state.membership);
  // The header's indicator links here.
  const sectionRef = useFocusOnHash<HTMLElement>(TEAM_SECTION_ID);
  // Said after the join form has given way to the member view.
  const [joined, setJoined] = useState<string | null>(null);

  return (
    <section
      ref={sectionRef}
      className="card team"
      id={TEAM_SECTION_ID}
      tabIndex={-1}
      aria-labelledby="team-title"
    >
      <h2 id="team-title">{t('team.title')}</h2>
      <p>{t('team.lead')}</p>
      {!loaded ? null : membership ? <MemberView /> : <JoinForm onJoined={setJoined} />}
      {joined && membership ? <Notice tone="success">{joined}</Notice> : null}
    </section>
  );
}

function JoinForm({ onJoined }: { onJoined: (message: string) => void }) {
  const { t } = useTranslation();
  const [serverUrl, setServerUrl] = useState('');
  const [userName, setUserName] = useState('');
  const [password, setPassword] = useState('');
  const [teams, setTeams] = useState<string[]>([]);
  const [team, setTeam] = useState('');
  const [busy, setBusy] = useState<'testing' | 'joining' | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [message, setMessage] = useState<Message>(null);

  const form = { serverUrl, userName, password };
  const showFailure = (error: unknown) => {
    const { code, detail } = failureCodeOf(error);
    setMessage({ tone: 'error', text: failureText(t, code, detail) });
  };

  const test = async () => {
    setBusy('testing');
    setMessage({ tone: 'info', text: t('team.testing') });
    try {
      const checked = await checkConnection(form);
      setTeams(checked.teams);
      const chosen = checked.teams.includes(team) ? team : (checked.teams[0] ?? '');
      setTeam(chosen);
      setMessage({
        tone: 'success',
        text: t('team.connectionOk', { user: checked.userName, team: checked.teams.join(', ') }),
      });
    } catch (error) {
      showFailure(error);
    } finally {
      setBusy(null);
    }
  };

  const join = async (event: FormEvent) => {
    event.preventDefault();
    setBusy('joining');
    setMessage(null);
    try {
      let chosen = team;
      if (!chosen) {
        const checked = await checkConnection(form);
        setTeams(checked.teams);
        chosen = checked.teams[0] ?? '';
        if (checked.teams.length > 1) {
          // Several teams: the navigator picks one before anything is sent.
          setTeam(chosen);
          setMessage({
            tone: 'info',
            text: t('team.connectionOk', {
              user: checked.userName,
              team: checked.teams.join(', '),
            }),
          });
          return;
        }
      }
      const queued = await connectToTeam({ ...form, team: chosen }, setProgress);
      onJoined(t('team.joined', { team: chosen, count: formatNumber(queued) }));
      return;
    } catch (error) {
      showFailure(error);
    } finally {
      setBusy(null);
      setProgress(null);
    }
  };

  return (
    <form className="form team__form" onSubmit={(event) => void join(event)} noValidate>
      <TextField
        label={t('team.serverUrl')}
        hint={t('team.serverUrlHint')}
        type="url"
        autoComplete="url"
        value={serverUrl}
        onChange={(event) => setServerUrl(event.target.value)}
        isRequired
        requiredText={t('common.required')}
      />
      <TextField
        label={t('team.userName')}
        autoComplete="username"
        value={userName}
        onChange={(event) => setUserName(event.target.value)}
        isRequired
        requiredText={t('common.required')}
      />
      <TextField
        label={t('team.password')}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        isRequired
        requiredText={t('common.required')}
      />
      {teams.length > 1 ? (
        <SelectField
          label={t('team.chooseTeam')}
          value={team}
          onChange={(event) => setTeam(event.target.value)}
          options={teams.map((name) => ({ value: name, label: name }))}
        />
      ) : null}
      {progress ? (
        <ProgressBar
          label={t('team.joinProgress')}
          done={progress.done}
          total={progress.total}
          text={`${t('team.joinProgress')}: ${formatNumber(progress.done)} / ${formatNumber(progress.total)}`}
        />
      ) : null}
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={busy !== null || !serverUrl || !userName || !password}
          onClick={() => void test()}
        >
          {t('team.testConnection')}
        </button>
        <button
          type="submit"
          className="button button--primary"
          disabled={busy !== null || !serverUrl || !userName || !password}
        >
          {t('team.join')}
        </button>
      </div>
    </form>
  );
}

function MemberView() {
  const { t } = useTranslation();
  const membership = useTeamStore((state) => state.membership);
  const status = useTeamStore((state) => state.status);
  const refused = useRefusedChanges();
  const [confirm, confirmDialog] = useConfirm();
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<Message>(null);
  if (!membership) return null;

  const leave = async () => {
    const isConfirmed = await confirm({
      title: t('team.leaveConfirmTitle'),
      message: t('team.leaveConfirmBody', { count: status.pending }),
      confirmLabel: t('team.leaveConfirm'),
      cancelLabel: t('common.cancel'),
      tone: 'danger',
    });
    if (!isConfirmed) return;
    await leaveCurrentTeam();
  };

  const signIn = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await signInAgain(password);
      setPassword('');
      setMessage({ tone: 'success', text: t('team.signedIn') });
    } catch (error) {
      const { code, detail } = failureCodeOf(error);
      setMessage({ tone: 'error', text: failureText(t, code, detail) });
    }
  };

  const sessionEnded = status.phase === 'error' && status.error?.code === 'sessionExpired';
  return (
    <>
      <p>
        {t('team.member', {
          team: membership.team,
          server: membership.serverUrl,
          user: membership.userName,
          since: formatDateTime(membership.joinedAt),
        })}
      </p>
      <p role="status" className="team__status" data-phase={status.phase}>
        {syncStatusText(t, status)}
      </p>
      {status.firstPull ? (
        <ProgressBar
          label={t('team.firstPullUnknown', { done: formatNumber(status.firstPull.done) })}
          done={status.firstPull.done}
          total={status.firstPull.total ?? status.firstPull.done}
          text={
            status.firstPull.total === null
              ? t('team.firstPullUnknown', { done: formatNumber(status.firstPull.done) })
              : t('team.firstPull', {
                  done: formatNumber(status.firstPull.done),
                  total: formatNumber(status.firstPull.total),
                })
          }
        />
      ) : null}
      {status.pending > 0 ? (
        <p className="muted">{t('team.pending', { count: status.pending })}</p>
      ) : null}
      {sessionEnded ? (
        <form className="form team__form" onSubmit={(event) => void signIn(event)} noValidate>
          <p>{t('team.signInAgainLead', { user: membership.userName })}</p>
          <TextField
            label={t('team.password')}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={!password}>
              {t('team.signInAgain')}
            </button>
          </div>
        </form>
      ) : null}
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      {refused.length > 0 ? (
        <>
          <h3>{t('team.refusedTitle')}</h3>
          <p className="muted">{t('team.refusedLead')}</p>
          <ul className="team__refused">
            {refused.map((entry) => (
              <li key={entry.key}>
                <strong>{entry.label}</strong>: {entry.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {status.rejected.length > 0 ? (
        <>
          <h3>{t('team.rejectedTitle')}</h3>
          <ul className="team__refused">
            {status.rejected.map((entry) => (
              <li key={entry.docId}>
                <code>{entry.docId}</code>: {entry.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="button-row">
        <button type="button" className="button" onClick={() => void syncNow()}>
          {t('team.syncNow')}
        </button>
        {refused.length > 0 ? (
          <button type="button" className="button" onClick={() => void retryRefused()}>
            {t('team.retryRefused')}
          </button>
        ) : null}
        <button type="button" className="button" onClick={() => void leave()}>
          {t('team.leave')}
        </button>
      </div>
      {confirmDialog}
    </>
  );
}
