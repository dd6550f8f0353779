import type { InquiryEntity } from '../../../domain/entities';
import { iopRiskLines } from '../../inquiries/model/iopRiskText';
import { hasIopRisk } from '../../inquiries/model/iopRules';
import { nameOf } from './exportLabels';
import type { ExportColumn } from './exportTable';
import { localDateOf } from './localTime';

/** An inquiry with its organisation's name, as the list reads it. */
export type InquiryExportRow = InquiryEntity & { organisationName: string };

/** Every column an inquiry can be exported with; labels instead of ids and codes. */
export const INQUIRY_COLUMNS = [
  { id: 'title', kind: 'text', value: (row: InquiryExportRow) => row.title },
  { id: 'organisation', kind: 'text', value: (row) => row.organisationName },
  { id: 'stage', kind: 'text', value: (row, labels) => labels.stages[row.stage] },
  {
    id: 'priorityAreas',
    kind: 'text',
    value: (row, labels) =>
      row.priorityAreaIds.map((id) => nameOf(labels.areaNames, id)).join(', '),
  },
  { id: 'estimatedValue', kind: 'amount', value: (row) => row.estimatedYearlyValue },
  { id: 'receivedAt', kind: 'date', value: (row) => localDateOf(row.receivedAt) },
  {
    id: 'navigator',
    kind: 'text',
    value: (row, labels) => nameOf(labels.navigatorNames, row.responsibleNavigatorId),
  },
  { id: 'unit', kind: 'text', value: (row, labels) => nameOf(labels.unitNames, row.unitId) },
  {
    id: 'handoffPath',
    kind: 'text',
    value: (row, labels) => (row.handoffPath ? labels.paths[row.handoffPath] : ''),
  },
  // A flagged IOP stays visible in a file too: what was answered, why it is a risk, and the comment.
  {
    id: 'iopRisk',
    kind: 'text',
    value: (row, labels) => iopRiskLines(row.handoff, labels.iopRisks).join(' '),
  },
  {
    id: 'iopRiskComment',
    kind: 'text',
    value: (row) => (hasIopRisk(row) ? (row.handoff?.riskComment ?? '') : ''),
  },
  { id: 'diarienummer', kind: 'text', value: (row) => row.diarienummer },
  { id: 'updatedAt', kind: 'date', value: (row) => localDateOf(row.updatedAt) },
  { id: 'closedAt', kind: 'date', value: (row) => localDateOf(row.closedAt) },
  { id: 'handoffDecidedAt', kind: 'date', value: (row) => row.handoff?.decidedAt ?? null },
  { id: 'channel', kind: 'text', value: (row, labels) => labels.channels[row.channel] },
  { id: 'initiative', kind: 'text', value: (row, labels) => labels.initiatives[row.initiative] },
  { id: 'targetGroup', kind: 'text', value: (row) => row.targetGroup },
  { id: 'offer', kind: 'text', value: (row) => row.offer },
  {
    id: 'outcome',
    kind: 'text',
    value: (row, labels) => (row.outcome ? labels.outcomeKinds[row.outcome.kind] : ''),
  },
  { id: 'agreementValue', kind: 'amount', value: (row) => row.outcome?.agreementValue ?? null },
] as const satisfies readonly ExportColumn<InquiryExportRow>[];

export type InquiryColumnId = (typeof INQUIRY_COLUMNS)[number]['id'];

/** The list's own columns first (what you see), then the ones the issue asks for. */
export const INQUIRY_DEFAULT_COLUMNS: readonly InquiryColumnId[] = [
  'title',
  'organisation',
  'stage',
  'priorityAreas',
  'estimatedValue',
  'receivedAt',
  'navigator',
  'unit',
  'handoffPath',
  'iopRisk',
  'iopRiskComment',
  'diarienummer',
];
