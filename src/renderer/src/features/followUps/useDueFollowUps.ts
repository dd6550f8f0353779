import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { openFollowUpsDue, type DueFollowUp } from './data/followUpQueries';
import { addDaysIso, todayIso } from '../../lib/dates';

/** The start page's sections, in the order they are shown. */
export const FOLLOW_UP_SECTIONS = ['overdue', 'today', 'week'] as const;
export type FollowUpSectionKey = (typeof FOLLOW_UP_SECTIONS)[number];
export type FollowUpGroups = Record<FollowUpSectionKey, DueFollowUp[]>;

/** How far ahead "Kommande vecka" looks: today+1 … today+7. */
export const WEEK_DAYS = 7;

/** Splits due follow-ups (oldest first) into overdue, today and the coming week. */
export function groupFollowUps(followUps: DueFollowUp[], today: string): FollowUpGroups {
  const groups: FollowUpGroups = { overdue: [], today: [], week: [] };
  for (const followUp of followUps) {
    if (followUp.dueDate < today) groups.overdue.push(followUp);
    else if (followUp.dueDate === today) groups.today.push(followUp);
    else groups.week.push(followUp);
  }
  return groups;
}

/**
 * Open follow-ups due up to a week from `today` (overdue included), live, grouped by section;
 * `navigatorId` null means everyone's. Undefined while loading.
 */
export function useDueFollowUps(
  navigatorId: string | null,
  today: string,
): FollowUpGroups | undefined {
  const until = addDaysIso(today, WEEK_DAYS);
  const followUps = useLiveQuery(() => openFollowUpsDue(navigatorId, until), [navigatorId, until]);
  return followUps === undefined ? undefined : groupFollowUps(followUps, today);
}

/** Today's date (yyyy-MM-dd), moving on at midnight when the page is left open overnight. */
export function useToday(): string {
  const [today, setToday] = useState(todayIso);
  useEffect(() => {
    const timer = window.setInterval(() => setToday(todayIso()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return today;
}
