import type { TFunction } from 'i18next';
import type { BackupProblem } from './model/parseBackup';
import { formatNumber } from '../../i18n/i18n';
import { tableLabel } from './formatCounts';

/** Why a file cannot be restored, as the end of a Swedish sentence. */
export function describeProblem(problem: BackupProblem, t: TFunction): string {
  switch (problem.code) {
    case 'notJson':
    case 'notBackup':
      return t(`backup.problems.${problem.code}`);
    case 'newerFormat':
    case 'newerSchema':
    case 'damaged':
      return t(`backup.problems.${problem.code}`, problem.params);
    case 'unknownTable':
      return t('backup.problems.unknownTable', problem.params);
    case 'countMismatch':
      return t('backup.problems.countMismatch', {
        table: tableLabel(problem.params.table, t),
        expected: formatNumber(problem.params.expected),
        actual: formatNumber(problem.params.actual),
      });
    case 'badRow':
    case 'duplicateKey':
      return t(`backup.problems.${problem.code}`, {
        ...problem.params,
        table: tableLabel(problem.params.table, t),
      });
  }
}
