import { CALL_DIRECTIONS, INQUIRY_STAGES, LEGAL_FORMS } from '../../domain/entities';
import type { ChoiceLabels } from './model/choiceMatching';
import { en } from '../../i18n/en';
import { sv } from '../../i18n/sv';

function labelsOf<T extends string>(
  values: readonly T[],
  label: (messages: typeof sv, value: T) => string,
): Partial<Record<T, string[]>> {
  const labels: Partial<Record<T, string[]>> = {};
  for (const value of values) labels[value] = [label(sv, value), label(en, value)];
  return labels;
}

/** The labels the app shows for choice values, Swedish and English: a cell may hold either. */
export const CHOICE_LABELS: ChoiceLabels = {
  legalForm: labelsOf(LEGAL_FORMS, (messages, value) => messages.legalForm[value]),
  stage: labelsOf(INQUIRY_STAGES, (messages, value) => messages.inquiries.stages[value]),
  direction: labelsOf(CALL_DIRECTIONS, (messages, value) => messages.callLog.directions[value]),
};
