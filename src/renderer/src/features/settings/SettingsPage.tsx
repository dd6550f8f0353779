import { useTranslation } from 'react-i18next';
import { DataSection } from './DataSection';
import { LanguageSection } from './LanguageSection';
import { NavigatorsSection } from './NavigatorsSection';
import { ThresholdsSection } from './ThresholdsSection';

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <div className="page settings">
      <div className="page__header">
        <h1>{t('settings.title')}</h1>
      </div>
      <NavigatorsSection />
      <LanguageSection />
      <ThresholdsSection />
      <DataSection />
    </div>
  );
}
