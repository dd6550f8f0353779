import { useState } from 'react';
import type { DuplicatePolicy } from './model/mergeOrganisation';
import { Notice } from '../../ui/Notice';
import { FileStep } from './FileStep';
import { ImportDone } from './ImportDone';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { useImportFile } from './useImportFile';
import { useImportRun } from './useImportRun';

export type ImportStepsProps = { isAgain: boolean; onStartOver: () => void };

/** One file's way through the steps; once imported, only its result (start over = a new mount). */
export function ImportSteps({ isAgain, onStartOver }: ImportStepsProps) {
  const fileState = useImportFile();
  const [policy, setPolicy] = useState<DuplicatePolicy>('fillEmpty');
  const { file, content, mapping } = fileState;
  const run = useImportRun(file, content ? { content, mapping, policy } : null);

  if (run.committed) return <ImportDone committed={run.committed} onStartOver={onStartOver} />;
  return (
    <>
      <FileStep state={fileState} focusFirst={isAgain} />
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
      {run.result ? <Notice tone={run.result.tone}>{run.result.text}</Notice> : null}
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
    </>
  );
}
