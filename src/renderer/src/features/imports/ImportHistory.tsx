import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listImportBatches } from './data/importQueries';
import { undoImport } from './data/importUndoRepository';
import type { ImportBatchEntity } from '../../domain/importBatch';
import { formatNumber } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/dates';
import { Loading } from '../../ui/Loading';
import { Notice } from '../../ui/Notice';
import { useActorId } from '../../session/SessionContext';
import { UndoImportDialog } from './UndoImportDialog';
import { useImportErrorMessage } from './useImportErrorMessage';

/** Earlier imports, newest first; each can be undone as a whole. */
export function ImportHistory() {
  const { t } = useTranslation();
  const actorId = useActorId();
  const toMessage = useImportErrorMessage();
  const batches = useLiveQuery(listImportBatches, []);
  const [confirming, setConfirming] = useState<ImportBatchEntity | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  const handleUndo = async (batch: ImportBatchEntity) => {
    setIsBusy(true);
    try {
      await undoImport(batch.id, actorId);
      setMessage({
        tone: 'success',
        text: t('imports.history.undoDone', { file: batch.fileName }),
      });
    } catch (error) {
      setMessage({
        tone: 'error',
        text: t('imports.history.undoFailed', { message: toMessage(error) }),
      });
    } finally {
      setIsBusy(false);
      setConfirming(null);
    }
  };

  return (
    <section className="card import-history" aria-labelledby="import-history-title">
      <h2 id="import-history-title">{t('imports.history.title')}</h2>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      {batches === undefined ? (
        <Loading label={t('app.loading')} />
      ) : batches.length === 0 ? (
        <p className="muted">{t('imports.history.empty')}</p>
      ) : (
        <table className="import-table" aria-label={t('imports.history.label')}>
          <thead>
            <tr>
              <th scope="col">{t('imports.history.colWhen')}</th>
              <th scope="col">{t('imports.history.colFile')}</th>
              <th scope="col">{t('imports.history.colResult')}</th>
              <th scope="col">{t('imports.history.colStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {batches.map((batch) => (
              <tr key={batch.id}>
                <td className="tabular">{formatDateTime(batch.createdAt)}</td>
                <td>{batch.fileName}</td>
                <td>
                  {t('imports.history.result', {
                    created: formatNumber(batch.counts.created),
                    updated: formatNumber(batch.counts.updated),
                  })}
                </td>
                <td>
                  {batch.status === 'undone' && batch.undoneAt ? (
                    t('imports.history.undone', { date: formatDateTime(batch.undoneAt) })
                  ) : (
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('imports.history.undoLabel', { file: batch.fileName })}
                      onClick={() => setConfirming(batch)}
                    >
                      {t('imports.history.undo')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <UndoImportDialog
        batch={confirming}
        isBusy={isBusy}
        onConfirm={(batch) => void handleUndo(batch)}
        onClose={() => setConfirming(null)}
      />
    </section>
  );
}
