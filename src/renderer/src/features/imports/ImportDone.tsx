import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getImportBatch } from './data/importQueries';
import { Notice } from '../../ui/Notice';
import type { CommittedImport } from './useImportRun';

export type ImportDoneProps = { committed: CommittedImport; onStartOver: () => void };

/**
 * What the import just made did. It replaces the steps, so the same rows cannot be imported twice
 * by mistake; it follows the history, so an undo of this import is said here too.
 */
export function ImportDone({ committed, onStartOver }: ImportDoneProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const batch = useLiveQuery(() => getImportBatch(committed.batchId), [committed.batchId]);
  const isUndone = batch?.status === 'undone';
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="card import-step" aria-labelledby="import-done-title">
      <h2 id="import-done-title" ref={headingRef} tabIndex={-1}>
        {t('imports.doneTitle')}
      </h2>
      {isUndone ? (
        <Notice tone="info">{t('imports.doneUndone', { file: committed.fileName })}</Notice>
      ) : (
        <Notice
          tone="success"
          actions={
            <Link to="/organisationer" className="button button--small">
              {t('imports.showOrganisations')}
            </Link>
          }
        >
          {committed.text}
        </Notice>
      )}
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={onStartOver}>
          {t('imports.importAnother')}
        </button>
      </div>
    </section>
  );
}
