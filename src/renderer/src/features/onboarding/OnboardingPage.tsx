import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createNavigator, suggestInitials } from '../settings/data/navigatorRepository';
import { TextField } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { useErrorMessage } from '../../session/useErrorMessage';

/** First start: the navigator says who they are; their name goes on everything they record. */
export function OnboardingPage() {
  const { t } = useTranslation();
  const toMessage = useErrorMessage();
  const [name, setName] = useState('');
  const [initials, setInitials] = useState('');
  const [hasEditedInitials, setHasEditedInitials] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setIsSaving(true);
    setError(null);
    try {
      await createNavigator({ name, initials }, true);
    } catch (caught) {
      setError(toMessage(caught));
      setIsSaving(false);
    }
  };

  return (
    <main id="main" className="onboarding">
      <form className="onboarding__card" onSubmit={handleSubmit} noValidate>
        <h1>{t('onboarding.title')}</h1>
        <p className="lead">{t('onboarding.lead')}</p>
        <TextField
          label={t('onboarding.name')}
          value={name}
          autoComplete="name"
          autoFocus
          isRequired
          requiredText={t('common.required')}
          onChange={(event) => {
            setName(event.target.value);
            if (!hasEditedInitials) setInitials(suggestInitials(event.target.value));
          }}
        />
        <TextField
          label={t('onboarding.initials')}
          hint={t('onboarding.initialsHint')}
          value={initials}
          maxLength={4}
          isRequired
          requiredText={t('common.required')}
          onChange={(event) => {
            setInitials(event.target.value);
            setHasEditedInitials(true);
          }}
        />
        {error ? <Notice tone="error">{error}</Notice> : null}
        <button type="submit" className="button button--primary" disabled={isSaving}>
          {t('onboarding.submit')}
        </button>
      </form>
    </main>
  );
}
