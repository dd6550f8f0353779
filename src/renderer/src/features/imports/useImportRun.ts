import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';
import { commitImport } from './data/importRepository';
import { listPriorityAreas } from '../settings/data/priorityAreaRepository';
import { buildChoiceLookup } from './model/choiceMatching';
import type { ColumnMapping } from './model/importFields';
import type { DuplicatePolicy } from './model/mergeOrganisation';
import type { ImportPlan } from './model/planImport';
import { formatNumber } from '../../i18n/i18n';
import { now } from '../../lib/dates';
import { backupBeforeChange } from '../backup/backupBeforeChange';
import { useActorId } from '../../session/SessionContext';
import { CHOICE_LABELS } from './choiceLabels';
import { runDryRun } from './runDryRun';
import type { LoadedFile, ReadTable } from './useImportFile';
import { useImportErrorMessage } from './useImportErrorMessage';

type Source = { content: ReadTable; mapping: ColumnMapping; policy: DuplicatePolicy };
/** Why a dry run or a commit failed; a successful commit is `committed` instead. */
export type RunResult = { tone: 'error'; text: string };
/** The import just made: its batch (to follow an undo) and what it did. */
export type CommittedImport = { batchId: string; fileName: string; text: string };

/** The dry run and the commit of one file, with progress and a visible outcome. */
export function useImportRun(file: LoadedFile | null, source: Source | null) {
  const { t } = useTranslation();
  const actorId = useActorId();
  const toMessage = useImportErrorMessage();
  const setTask = useAppStore((state) => state.setTask);
  const priorityAreas = useLiveQuery(listPriorityAreas, []);
  const [plan, setPlan] = useState<{ plan: ImportPlan; source: Source } | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<RunResult | null>(null);
  const [committed, setCommitted] = useState<CommittedImport | null>(null);
  const [isCommitting, setIsCommitting] = useState(false);

  // A dry run of another file (or sheet, encoding…) is not shown at all; one whose mapping or
  // policy changed since is shown, but must be run again before it can be committed.
  const current = plan !== null && source !== null && plan.source.content === source.content;
  const isStale =
    current && (plan.source.mapping !== source.mapping || plan.source.policy !== source.policy);

  const dryRun = async () => {
    if (!source) return;
    setResult(null);
    setProgress({ done: 0, total: source.content.table.rows.length });
    try {
      const context = {
        choices: buildChoiceLookup(CHOICE_LABELS, priorityAreas ?? []),
        now: now(),
      };
      const next = await runDryRun({
        table: source.content.table,
        mapping: source.mapping,
        context,
        policy: source.policy,
        actorId,
        onProgress: (done, total) => setProgress({ done, total }),
      });
      setPlan({ plan: next, source });
    } catch (error) {
      setResult({ tone: 'error', text: toMessage(error) });
    } finally {
      setProgress(null);
    }
  };

  const commit = async () => {
    if (!plan || !current || !file || isStale) return;
    const label = t('imports.progressLabel');
    setIsCommitting(true);
    setResult(null);
    setTask({ status: 'running', label, done: 0, total: 0 });
    try {
      // The safety copy comes first, outside any transaction (it writes a file).
      await backupBeforeChange('import');
      const batch = await commitImport(plan.plan, file.name, actorId, ({ done, total }) =>
        setTask({ status: 'running', label, done, total }),
      );
      const { created, updated, skipped, rejected } = batch.counts;
      const text = t('imports.done', {
        created: formatNumber(created),
        updated: formatNumber(updated),
        skipped: formatNumber(skipped),
        rejected: formatNumber(rejected),
      });
      setCommitted({ batchId: batch.id, fileName: file.name, text });
      setPlan(null);
    } catch (error) {
      setResult({
        tone: 'error',
        text: t('imports.failed', { message: toMessage(error) }),
      });
    } finally {
      setTask({ status: 'idle' });
      setIsCommitting(false);
    }
  };

  return {
    plan: current ? plan.plan : null,
    isStale,
    progress,
    result,
    committed,
    isCommitting,
    dryRun,
    commit,
    isReady: priorityAreas !== undefined,
  };
}
