import { addDaysIso, addMonthsIso } from './dates';

/** Quick picks for a follow-up date, as navigators say them on the phone. */
export const QUICK_DUE_DATES = [
  'idag',
  'imorgon',
  'om2dagar',
  'om1vecka',
  'om2veckor',
  'om1manad',
] as const;
export type QuickDueDate = (typeof QUICK_DUE_DATES)[number];

export function quickDueDate(pick: QuickDueDate, today: string): string {
  switch (pick) {
    case 'idag':
      return today;
    case 'imorgon':
      return addDaysIso(today, 1);
    case 'om2dagar':
      return addDaysIso(today, 2);
    case 'om1vecka':
      return addDaysIso(today, 7);
    case 'om2veckor':
      return addDaysIso(today, 14);
    case 'om1manad':
      return addMonthsIso(today, 1);
  }
}
