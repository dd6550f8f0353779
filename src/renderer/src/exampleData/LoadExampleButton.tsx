import { useTranslation } from 'react-i18next';
import { useLoadDataset } from './useLoadDataset';

export function LoadExampleButton() {
  const { t } = useTranslation();
  const { load, isRunning } = useLoadDataset();
  return (
    <button
      type="button"
      className="button button--primary"
      disabled={isRunning}
      onClick={() => void load('exempel')}
    >
      {t('organisations.loadExample')}
    </button>
  );
}
