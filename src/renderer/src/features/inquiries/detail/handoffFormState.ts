import {
  ANSWERS_LIST,
  HANDOFF_PATHS,
  type HandoffPath,
  type InquiryEntity,
  type IopChecklistItem,
  type Thresholds,
  type UnitEntity,
} from '../../../domain/entities';
import type { HandoffDecisionInput } from '../model/inquiryInput';
import { assessIop, emptyIopChecklist, IOP_CRITERIA } from '../model/iopRules';
import { assessDirectProcurement } from '../model/procurementRules';
import { isIsoDate } from '../../../lib/dates';

export type HandoffForm = {
  path: HandoffPath | '';
  decidedAt: string;
  decidedBy: string;
  rationale: string;
  unitId: string;
  unitContact: string;
  reservedProcurement: boolean;
  iopChecklist: IopChecklistItem[];
  riskComment: string;
  closeReason: string;
};

/** What blocks a save; each is shown at its field. */
export type HandoffErrors = Partial<
  Record<'path' | 'decidedAt' | 'decidedBy' | 'closeReason' | 'riskComment' | 'procurement', true>
>;

export const handoffDraftKey = (inquiryId: string) => `inquiry:${inquiryId}:handoff`;

/** The unit chosen in matching is preselected, with its contact person filled in. */
export function handoffFormOf(
  inquiry: InquiryEntity,
  today: string,
  navigatorName: string,
  units: readonly UnitEntity[] = [],
): HandoffForm {
  const unit = units.find((candidate) => candidate.id === inquiry.unitId);
  return {
    path: '',
    decidedAt: today,
    decidedBy: navigatorName,
    rationale: '',
    unitId: inquiry.unitId ?? '',
    unitContact: unit?.contactName ?? '',
    reservedProcurement: false,
    iopChecklist: emptyIopChecklist(),
    riskComment: '',
    closeReason: '',
  };
}

const TEXT_KEYS = [
  'decidedAt',
  'decidedBy',
  'rationale',
  'unitId',
  'unitContact',
  'riskComment',
  'closeReason',
] as const;

function sanitizeChecklist(raw: unknown): IopChecklistItem[] | null {
  if (!Array.isArray(raw)) return null;
  const fresh = emptyIopChecklist();
  return fresh.map((item) => {
    const stored = (raw as unknown[]).find(
      (candidate): candidate is Record<string, unknown> =>
        typeof candidate === 'object' &&
        candidate !== null &&
        (candidate as Record<string, unknown>).criterion === item.criterion,
    );
    const answer = ANSWERS_LIST.find((option) => option === stored?.answer) ?? item.answer;
    const comment = typeof stored?.comment === 'string' ? stored.comment : '';
    return { ...item, answer, comment };
  });
}

export function sanitizeHandoffForm(raw: unknown): HandoffForm | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const value = raw as Record<string, unknown>;
  if (!TEXT_KEYS.every((key) => typeof value[key] === 'string')) return null;
  const path = value.path === '' ? '' : HANDOFF_PATHS.find((option) => option === value.path);
  const iopChecklist = sanitizeChecklist(value.iopChecklist);
  if (path === undefined || iopChecklist === null) return null;
  const text = Object.fromEntries(TEXT_KEYS.map((key) => [key, value[key] as string]));
  return {
    ...(text as Pick<HandoffForm, (typeof TEXT_KEYS)[number]>),
    path,
    reservedProcurement: value.reservedProcurement === true,
    iopChecklist,
  };
}

export function validateHandoff(
  form: HandoffForm,
  estimatedValue: number | null,
  thresholds: Thresholds,
): HandoffErrors {
  const errors: HandoffErrors = {};
  if (form.path === '') errors.path = true;
  if (!isIsoDate(form.decidedAt)) errors.decidedAt = true;
  if (form.decidedBy.trim() === '') errors.decidedBy = true;
  if (form.path === 'avslutat' && form.closeReason.trim() === '') errors.closeReason = true;
  if (
    form.path === 'iop' &&
    assessIop(form.iopChecklist).needsComment &&
    form.riskComment.trim() === ''
  )
    errors.riskComment = true;
  if (
    form.path === 'direktupphandling' &&
    !assessDirectProcurement(estimatedValue, thresholds, null).allowed
  )
    errors.procurement = true;
  return errors;
}

/** The decision as the repository takes it: only the chosen path's own fields are kept. */
export function handoffInputOf(
  form: HandoffForm & { path: HandoffPath },
  canReserve: boolean,
): HandoffDecisionInput {
  const isIop = form.path === 'iop';
  return {
    path: form.path,
    decidedAt: form.decidedAt,
    decidedBy: form.decidedBy.trim(),
    rationale: form.rationale.trim(),
    unitId: form.unitId || null,
    unitContact: form.unitContact.trim(),
    reservedProcurement:
      form.path === 'direktupphandling' && canReserve && form.reservedProcurement,
    iopChecklist: isIop
      ? IOP_CRITERIA.map(
          ({ id }) =>
            form.iopChecklist.find((item) => item.criterion === id) ?? {
              criterion: id,
              answer: 'oklart' as const,
              comment: '',
            },
        ).map((item) => ({ ...item, comment: item.comment.trim() }))
      : [],
    riskComment: isIop ? form.riskComment.trim() : '',
    closeReason: form.path === 'avslutat' ? form.closeReason.trim() : '',
  };
}
