import { useTranslation } from 'react-i18next';
import { BackupSection } from '../backup/BackupSection';
import { ExportAllSection } from '../exports/ExportAllSection';
import { CallOutcomesSection } from './CallOutcomesSection';
import { DataSection } from './DataSection';
import { LanguageSection } from './LanguageSection';
import { NavigatorsSection } from './NavigatorsSection';
import { NoteKindSection } from './NoteKindSection';
import { PriorityAreasSection } from './PriorityAreasSection';
import { ThresholdsSection } from './ThresholdsSection';
import { UnitsSection } from './UnitsSection';
import { TeamSection } from '../team/TeamSection';

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <div className="page settings">
      <div className="page__header">
        <h1>{t('settings.title')}</h1>
      </div>
      <NavigatorsSection />
      <PriorityAreasSection />
      <UnitsSection />
      <ThresholdsSection />
      <CallOutcomesSection />
      <NoteKindSection />
      <LanguageSection />
      <TeamSection />
      <BackupSection />
      <ExportAllSection />
      <DataSection />
    </div>
  );
}
