import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';
import { isTeamMember, restoreBackup, type BackupProgress } from './data/backupRepository';
import type { Backup } from './model/backupFormat';
import { nowIso } from '../../lib/dates';
import { platform } from '../../lib/platform';
import { useActorId } from '../../session/SessionContext';
import { useErrorMessage } from '../../session/useErrorMessage';
import {
  backupCurrentData,
  buildBackupText,
  checkBackupText,
  markBackupTaken,
} from './backupTasks';
import { describeProblem } from './describeProblem';
import { fileStamp } from './fileStamp';
import { formatCounts } from './formatCounts';
import { HostError, hostAwareMessage } from './hostError';

/** A checked backup waiting for the user's confirmation. */
export type PendingRestore = { backup: Backup; source: string };

/**
 * Taking a backup and restoring one, with progress and the outcome in the app's task bar.
 * A restore is checked first, then confirmed (pending), then the current data is saved, then replaced.
 */
export function useBackupActions() {
  const { t } = useTranslation();
  const actorId = useActorId();
  const toAppMessage = useErrorMessage();
  const toMessage = (error: unknown) => hostAwareMessage(error, toAppMessage);
  const setTask = useAppStore((state) => state.setTask);
  const isRunning = useAppStore((state) => state.task.status === 'running');
  const [pending, setPending] = useState<PendingRestore | null>(null);

  const progressTo =
    (label: string) =>
    ({ done, total }: BackupProgress) =>
      setTask({ status: 'running', label, done, total });

  const takeBackup = async () => {
    const label = t('backup.progressBackup');
    setTask({ status: 'running', label, done: 0, total: 0 });
    try {
      const { text, header } = await buildBackupText(progressTo(label));
      const saved = await platform.saveFile({
        suggestedName: t('backup.suggestedName', { stamp: fileStamp(header.createdAt) }),
        filters: [{ name: t('backup.fileFilter'), extensions: ['json'] }],
        data: text,
      });
      if (!saved.ok) throw new HostError(saved.error);
      if (saved.value === null) {
        setTask({ status: 'succeeded', label, message: t('backup.backupCancelled') });
        return;
      }
      await markBackupTaken(header.createdAt);
      const summary = formatCounts(header.counts, t);
      setTask({
        status: 'succeeded',
        label,
        message: t('backup.backupSaved', { name: saved.value, summary }),
      });
    } catch (error) {
      setTask({
        status: 'failed',
        label,
        message: t('backup.backupFailed', { message: toMessage(error) }),
      });
    }
  };

  const check = (text: string, source: string) => {
    const parsed = checkBackupText(text);
    if (parsed.ok) {
      setTask({ status: 'idle' });
      setPending({ backup: parsed.backup, source });
      return;
    }
    const problem = describeProblem(parsed.problem, t);
    setTask({
      status: 'failed',
      label: t('backup.progressReading'),
      message: t('backup.cannotRestore', { name: source, problem }),
    });
  };

  const chooseFile = async () => {
    const label = t('backup.progressReading');
    try {
      const opened = await platform.openBackupFile();
      if (!opened.ok) throw new HostError(opened.error);
      if (opened.value === null) return;
      setTask({ status: 'running', label, done: 0, total: 0 });
      check(opened.value.text, opened.value.name);
    } catch (error) {
      setTask({ status: 'failed', label, message: toMessage(error) });
    }
  };

  const chooseAutomatic = async (name: string) => {
    const label = t('backup.progressReading');
    setTask({ status: 'running', label, done: 0, total: 0 });
    try {
      const read = await platform.readBackup(name);
      if (!read.ok) throw new HostError(read.error);
      check(read.value, name);
    } catch (error) {
      setTask({ status: 'failed', label, message: toMessage(error) });
    }
  };

  const confirmRestore = async () => {
    if (!pending) return;
    const { backup, source } = pending;
    setPending(null);
    const firstLabel = t('backup.progressPreRestore');
    if (await isTeamMember()) {
      setTask({ status: 'failed', label: firstLabel, message: t('backup.restoreInTeam') });
      return;
    }
    setTask({ status: 'running', label: firstLabel, done: 0, total: 0 });
    let savedFirst: string | null;
    try {
      savedFirst = (await backupCurrentData('restore', progressTo(firstLabel)))?.name ?? null;
    } catch (error) {
      setTask({
        status: 'failed',
        label: firstLabel,
        message: t('backup.preRestoreFailed', { message: toMessage(error) }),
      });
      return;
    }
    const label = t('backup.progressRestore');
    try {
      await restoreBackup(backup, { actorId, source, onProgress: progressTo(label) });
      // The data now in the app is exactly a backup file's contents: nothing is unsaved.
      await markBackupTaken(nowIso());
      const parts = [t('backup.restored', { source, summary: formatCounts(backup.counts, t) })];
      if (savedFirst) parts.push(t('backup.restoredSavedFirst', { name: savedFirst }));
      setTask({ status: 'succeeded', label, message: parts.join(' ') });
    } catch (error) {
      setTask({
        status: 'failed',
        label,
        message: t('backup.restoreFailed', { message: toMessage(error) }),
      });
    }
  };

  return {
    isRunning,
    pending,
    takeBackup,
    chooseFile,
    chooseAutomatic,
    confirmRestore,
    cancelRestore: () => setPending(null),
  };
}
