import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createNavigator, listNavigators, suggestInitials } from './data/navigatorRepository';
import { setSetting } from '../../db/settingsRepository';
import { TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { useReadySession } from '../../session/SessionContext';
import { useErrorMessage } from '../../session/useErrorMessage';

export function NavigatorsSection() {
  const { t } = useTranslation();
  const { navigator: me } = useReadySession();
  const toMessage = useErrorMessage();
  const navigators = useLiveQuery(listNavigators, []);
  const [name, setName] = useState('');
  const [initials, setInitials] = useState('');
  const [error, setError] = useState<string | null>(null);

  const handleAdd = async (event: FormEvent) => {
    event.preventDefault();
    try {
      setError(null);
      await createNavigator({ name, initials: initials || suggestInitials(name) }, false);
      setName('');
      setInitials('');
    } catch (caught) {
      setError(toMessage(caught));
    }
  };

  return (
    <section className="card" aria-labelledby="navigators-title">
      <h2 id="navigators-title">{t('settings.navigators')}</h2>
      <p className="muted">{t('settings.navigatorsLead')}</p>
      <ul className="people">
        {navigators?.map((navigator) => (
          <li key={navigator.id} className="people__item">
            <div className="people__main">
              <span className="avatar" aria-hidden="true">
                {navigator.initials}
              </span>{' '}
              <strong>{navigator.name}</strong>
              {navigator.id === me.id ? (
                <span className="badge">{t('settings.current')}</span>
              ) : null}
            </div>
            {navigator.id !== me.id ? (
              <button
                type="button"
                className="button button--small"
                aria-label={`${t('settings.useAs')}: ${navigator.name}`}
                onClick={() => void setSetting('currentNavigatorId', navigator.id, me.id)}
              >
                {t('settings.useAs')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <form
        className="inline-form"
        onSubmit={handleAdd}
        noValidate
        aria-label={t('settings.addNavigator')}
      >
        <TextField
          label={t('settings.navigatorName')}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <TextField
          label={t('onboarding.initials')}
          value={initials}
          maxLength={4}
          placeholder={suggestInitials(name)}
          onChange={(event) => setInitials(event.target.value)}
        />
        <button type="submit" className="button">
          {t('settings.addNavigator')}
        </button>
      </form>
      {error ? <Notice tone="error">{error}</Notice> : null}
    </section>
  );
}
