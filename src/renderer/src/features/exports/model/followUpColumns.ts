import type { FollowUpEntity } from '../../../domain/entities';
import { nameOf } from './exportLabels';
import type { ExportColumn } from './exportTable';
import { localDateOf } from './localTime';

/** A follow-up with its organisation's name, as "Idag" shows it. */
export type FollowUpExportRow = FollowUpEntity & { organisationName: string };

/** Every column a follow-up can be exported with. */
export const FOLLOW_UP_COLUMNS = [
  { id: 'dueDate', kind: 'date', value: (row: FollowUpExportRow) => row.dueDate },
  { id: 'organisation', kind: 'text', value: (row) => row.organisationName },
  { id: 'nextStep', kind: 'text', value: (row) => row.nextStep },
  {
    id: 'navigator',
    kind: 'text',
    value: (row, labels) => nameOf(labels.navigatorNames, row.navigatorId),
  },
  { id: 'status', kind: 'text', value: (row, labels) => labels.followUpStatuses[row.status] },
  { id: 'createdAt', kind: 'date', value: (row) => localDateOf(row.createdAt) },
  { id: 'doneAt', kind: 'date', value: (row) => localDateOf(row.doneAt) },
] as const satisfies readonly ExportColumn<FollowUpExportRow>[];

export type FollowUpColumnId = (typeof FOLLOW_UP_COLUMNS)[number]['id'];

export const FOLLOW_UP_DEFAULT_COLUMNS: readonly FollowUpColumnId[] = [
  'dueDate',
  'organisation',
  'nextStep',
  'navigator',
];
