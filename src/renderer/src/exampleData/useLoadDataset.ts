import { useTranslation } from 'react-i18next';
import { useAppStore } from '../app/store';
import { loadDataset } from './seedRepository';
import type { SeedSize } from './generator/generateDataset';
import { formatNumber } from '../i18n/i18n';
import { useActorId } from '../session/SessionContext';
import { useErrorMessage } from '../session/useErrorMessage';

/** Loads example or stress data with progress in the task bar, and reports what was written. */
export function useLoadDataset(): { load: (size: SeedSize) => Promise<void>; isRunning: boolean } {
  const { t } = useTranslation();
  const actorId = useActorId();
  const toMessage = useErrorMessage();
  const setTask = useAppStore((state) => state.setTask);
  const isRunning = useAppStore((state) => state.task.status === 'running');

  const load = async (size: SeedSize) => {
    const label = size === 'stress' ? t('seed.progressLabelStress') : t('seed.progressLabel');
    setTask({ status: 'running', label, done: 0, total: 0 });
    try {
      const summary = await loadDataset(size, actorId, ({ done, total }) =>
        setTask({ status: 'running', label, done, total }),
      );
      const parts = Object.entries(summary).map(
        ([table, count]) =>
          `${formatNumber(count)} ${t(`seed.tables.${table}` as 'seed.tables.calls')}`,
      );
      setTask({
        status: 'succeeded',
        label,
        message: t('seed.done', { summary: parts.join(', ') }),
      });
    } catch (error) {
      setTask({
        status: 'failed',
        label,
        message: t('seed.failed', { message: toMessage(error) }),
      });
    }
  };
  return { load, isRunning };
}
