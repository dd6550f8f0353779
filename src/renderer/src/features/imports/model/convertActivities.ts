import type { InquiryStage } from '../../../domain/entities';
import { parseAmount } from '../../inquiries/model/inquiryInput';
import { containsPersonnummer } from '../../../domain/sensitiveText';
import { matchChoice } from './choiceMatching';
import type { ImportField, MappedRow } from './importFields';
import {
  rowError,
  type CallDraft,
  type ConversionContext,
  type InquiryDraft,
  type RowProblem,
} from './rowDraft';
import { parseSwedishTimestamp } from './swedishDates';

const has = (row: MappedRow, fields: ImportField[]) => fields.some((field) => Boolean(row[field]));

function checkText(
  row: MappedRow,
  field: ImportField,
  max: number,
  problems: RowProblem[],
): string {
  const value = row[field] ?? '';
  if (value.length > max) problems.push({ field, code: 'errors.tooLong' });
  else if (containsPersonnummer(value)) problems.push({ field, code: 'errors.personnummerInText' });
  return value;
}

function timestamp(
  row: MappedRow,
  field: ImportField,
  ctx: ConversionContext,
  problems: RowProblem[],
) {
  const text = row[field] ?? '';
  if (text === '') return ctx.now.toISOString();
  const value = parseSwedishTimestamp(text);
  if (value === null) problems.push({ field, code: 'errors.dateInvalid' });
  else if (value > ctx.now.toISOString()) problems.push({ field, code: 'errors.timeInFuture' });
  return value ?? '';
}

/**
 * The inquiry of a row, when any inquiry column is filled. Stages follow the pipeline's rules: an
 * inquiry can enter överlämning only with a priority area, and uppföljning needs a handoff decision,
 * which a spreadsheet cannot carry.
 */
export function convertInquiry(
  row: MappedRow,
  ctx: ConversionContext,
  problems: RowProblem[],
): InquiryDraft | null {
  const fields: ImportField[] = [
    'inquiry.title',
    'inquiry.offer',
    'inquiry.targetGroup',
    'inquiry.stage',
    'inquiry.priorityArea',
    'inquiry.estimatedYearlyValue',
    'inquiry.diarienummer',
  ];
  if (!has(row, fields)) return null;
  const title = checkText(row, 'inquiry.title', 200, problems);
  if (title === '')
    problems.push({ field: 'inquiry.title', code: rowError('inquiryTitleMissing') });
  const stageText = row['inquiry.stage'] ?? '';
  const stage: InquiryStage | null =
    stageText === '' ? 'inkommet' : matchChoice(ctx.choices.stage, stageText);
  const areaText = row['inquiry.priorityArea'] ?? '';
  const priorityAreaId = areaText === '' ? null : matchChoice(ctx.choices.priorityArea, areaText);
  if (areaText !== '' && priorityAreaId === null)
    problems.push({ field: 'inquiry.priorityArea', code: rowError('priorityAreaUnknown') });
  if (stage === null) problems.push({ field: 'inquiry.stage', code: rowError('stageUnknown') });
  else if (stage === 'uppfoljning')
    problems.push({ field: 'inquiry.stage', code: rowError('stageNeedsHandoff') });
  else if (stage === 'overlamning' && priorityAreaId === null)
    problems.push({ field: 'inquiry.stage', code: rowError('stageNeedsMatch') });
  const amount = parseAmount(row['inquiry.estimatedYearlyValue'] ?? '');
  if (amount !== null && (Number.isNaN(amount) || amount > 1_000_000_000))
    problems.push({ field: 'inquiry.estimatedYearlyValue', code: rowError('amountInvalid') });
  return {
    title,
    offer: checkText(row, 'inquiry.offer', 10_000, problems),
    targetGroup: checkText(row, 'inquiry.targetGroup', 500, problems),
    stage: stage ?? 'inkommet',
    priorityAreaId,
    estimatedYearlyValue: amount === null || Number.isNaN(amount) ? null : amount,
    diarienummer: checkText(row, 'inquiry.diarienummer', 60, problems),
    receivedAt: timestamp(row, 'inquiry.receivedAt', ctx, problems),
  };
}

/** The call of a row, when a call summary or call date is filled (both are then needed). */
export function convertCall(
  row: MappedRow,
  ctx: ConversionContext,
  problems: RowProblem[],
): CallDraft | null {
  if (!has(row, ['call.summary', 'call.occurredAt'])) return null;
  const summary = checkText(row, 'call.summary', 20_000, problems);
  if (summary === '') problems.push({ field: 'call.summary', code: 'errors.summaryRequired' });
  if (!row['call.occurredAt'])
    problems.push({ field: 'call.occurredAt', code: rowError('callDateMissing') });
  const directionText = row['call.direction'] ?? '';
  const direction =
    directionText === '' ? 'inkommande' : matchChoice(ctx.choices.direction, directionText);
  if (direction === null)
    problems.push({ field: 'call.direction', code: rowError('choiceUnknown') });
  const durationText = (row['call.durationMinutes'] ?? '').replace(/\s*min(uter)?\.?$/i, '');
  const duration = durationText === '' ? 0 : Number(durationText);
  if (!Number.isInteger(duration) || duration < 0 || duration > 600)
    problems.push({ field: 'call.durationMinutes', code: 'errors.durationInvalid' });
  return {
    occurredAt: timestamp(row, 'call.occurredAt', ctx, problems),
    summary,
    direction: direction ?? 'inkommande',
    durationMinutes: Number.isInteger(duration) ? duration : 0,
  };
}
