import type { ContactPersonInput } from '../../contacts/model/contactPersonInput';
import type { CallDirection, InquiryStage } from '../../../domain/entities';
import type { OrganisationFields } from '../../organisations/model/organisationInput';
import type { ChoiceLookup } from './choiceMatching';
import type { ImportField } from './importFields';

/** Why a row cannot be imported: an i18n key (under `errors.` or `imports.rowErrors.`) and its field. */
export type RowProblem = { field: ImportField | null; code: string };

export type InquiryDraft = {
  title: string;
  offer: string;
  targetGroup: string;
  stage: InquiryStage;
  priorityAreaId: string | null;
  estimatedYearlyValue: number | null;
  diarienummer: string;
  receivedAt: string;
};

export type CallDraft = {
  occurredAt: string;
  summary: string;
  direction: CallDirection;
  durationMinutes: number;
};

/** One row converted to what it creates, validated exactly as the app's forms validate. */
export type RowDraft = {
  organisation: OrganisationFields;
  contact: ContactPersonInput | null;
  inquiry: InquiryDraft | null;
  call: CallDraft | null;
};

export type RowConversion = { ok: true; draft: RowDraft } | { ok: false; problems: RowProblem[] };

export type ConversionContext = { choices: ChoiceLookup; now: Date };

export const rowError = (code: string) => `imports.rowErrors.${code}`;
