import { useTranslation } from 'react-i18next';
import { useAppStore } from '../app/store';
import { formatNumber } from '../i18n/i18n';
import { Notice } from './Notice';
import { ProgressBar } from './ProgressBar';

const TONES = { succeeded: 'success', cancelled: 'info', failed: 'error' } as const;

/** The bar under the header for long tasks: progress while running, the outcome until dismissed. */
export function TaskStatus() {
  const { t } = useTranslation();
  const task = useAppStore((state) => state.task);
  const setTask = useAppStore((state) => state.setTask);
  if (task.status === 'idle') return null;
  const dismiss = (
    <button
      type="button"
      className="button button--small"
      onClick={() => setTask({ status: 'idle' })}
    >
      {t('common.close')}
    </button>
  );
  return (
    <div className="task-status">
      {task.status === 'running' ? (
        <div className="task-status__running">
          <ProgressBar
            label={task.label}
            done={task.done}
            total={task.total}
            text={`${task.label}: ${t('seed.progress', { done: formatNumber(task.done), total: formatNumber(task.total) })}`}
          />
          {task.cancel ? (
            <button type="button" className="button button--small" onClick={task.cancel.run}>
              {task.cancel.label}
            </button>
          ) : null}
        </div>
      ) : (
        <Notice tone={TONES[task.status]} actions={dismiss}>
          {task.message}
        </Notice>
      )}
    </div>
  );
}
