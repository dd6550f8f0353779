import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DuplicatePolicy } from '../../domain/import/mergeOrganisation';
import { Notice } from '../../ui/Notice';
import { FileStep } from './FileStep';
import { ImportHistory } from './ImportHistory';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { useImportFile } from './useImportFile';
import { useImportRun } from './useImportRun';
import './imports.css';

/** "Importera": file → column mapping → dry run → one all-or-nothing commit; history with undo. */
export function ImportPage() {
  const { t } = useTranslation();
  const fileState = useImportFile();
  const [policy, setPolicy] = useState<DuplicatePolicy>('fillEmpty');
  const { file, content, mapping } = fileState;
  const run = useImportRun(file, content ? { content, mapping, policy } : null);

  return (
    <div className="page import-page">
      <div className="page__header">
        <h1>{t('imports.title')}</h1>
      </div>
      <p className="lead">{t('imports.lead')}</p>
      <FileStep state={fileState} />
      {content ? (
        <MappingStep
          content={content}
          mapping={mapping}
          onMappingChange={fileState.setMapping}
          policy={policy}
          onPolicyChange={setPolicy}
          hasPlan={run.plan !== null}
          progress={run.progress}
          isBusy={run.progress !== null || run.isCommitting || !run.isReady}
          onDryRun={() => void run.dryRun()}
        />
      ) : null}
      {run.result ? (
        <Notice
          tone={run.result.tone}
          actions={
            run.result.isCommitted ? (
              <Link to="/organisationer" className="button button--small">
                {t('imports.showOrganisations')}
              </Link>
            ) : null
          }
        >
          {run.result.text}
        </Notice>
      ) : null}
      {run.plan && content && file ? (
        <PreviewStep
          plan={run.plan}
          content={content}
          fileName={file.name}
          isStale={run.isStale}
          isCommitting={run.isCommitting}
          onCommit={() => void run.commit()}
        />
      ) : null}
      <ImportHistory />
    </div>
  );
}
