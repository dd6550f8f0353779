import { useTranslation } from 'react-i18next';
import { setSetting } from '../../db/settingsRepository';
import { SelectField } from '../../ui/Field';
import { useReadySession } from '../../session/SessionContext';

export function LanguageSection() {
  const { t } = useTranslation();
  const { settings, navigator } = useReadySession();
  return (
    <section className="card" aria-labelledby="language-title">
      <h2 id="language-title">{t('settings.language')}</h2>
      <SelectField
        label={t('settings.languageLabel')}
        value={settings.language}
        options={[
          { value: 'sv', label: 'Svenska' },
          { value: 'en', label: 'English' },
        ]}
        onChange={(event) =>
          void setSetting('language', event.target.value === 'en' ? 'en' : 'sv', navigator.id)
        }
      />
    </section>
  );
}
