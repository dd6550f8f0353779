import type { CallEntity } from '../../../domain/entities';
import { nameOf } from './exportLabels';
import type { ExportColumn } from './exportTable';
import { localDateTimeOf } from './localTime';

/** A call with the names the list shows for its organisation and contact person. */
export type CallExportRow = CallEntity & { organisationName: string; contactName: string };

/** Every column a call can be exported with. */
export const CALL_COLUMNS = [
  {
    id: 'occurredAt',
    kind: 'dateTime',
    value: (row: CallExportRow) => localDateTimeOf(row.occurredAt),
  },
  { id: 'direction', kind: 'text', value: (row, labels) => labels.directions[row.direction] },
  { id: 'organisation', kind: 'text', value: (row) => row.organisationName },
  { id: 'contact', kind: 'text', value: (row) => row.contactName },
  {
    id: 'outcome',
    kind: 'text',
    value: (row, labels) => labels.callOutcomes.get(row.outcome) ?? row.outcome,
  },
  { id: 'summary', kind: 'text', value: (row) => row.summary },
  {
    id: 'navigator',
    kind: 'text',
    value: (row, labels) => nameOf(labels.navigatorNames, row.navigatorId),
  },
  { id: 'durationMinutes', kind: 'integer', value: (row) => row.durationMinutes },
  { id: 'noteKind', kind: 'text', value: (row, labels) => labels.noteKinds[row.noteKind] },
] as const satisfies readonly ExportColumn<CallExportRow>[];

export type CallColumnId = (typeof CALL_COLUMNS)[number]['id'];

/** The call list's own columns, in its order, plus the length of the call. */
export const CALL_DEFAULT_COLUMNS: readonly CallColumnId[] = [
  'occurredAt',
  'direction',
  'organisation',
  'contact',
  'outcome',
  'summary',
  'navigator',
  'durationMinutes',
];
