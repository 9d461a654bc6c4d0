/**
 * Which reminders are due — pure, from the calendar, the pass's window and a deadline.
 *
 * On a working day x, with k = workingDaysBetween(deadline, x):
 * - 'before'   k = -3 (3 working days left), to the unit's users;
 * - 'due'      k = 0 (the deadline, or the last working day before it when it is not one);
 * - 'overdue'  k = 2, 4, 6, … while the subject stays open, to the unit's users;
 * - 'escalate' k = 5, once, to the unit's head(s) and the responsible staff member.
 * The first three are the unit's track, escalation its own (other people, once only).
 *
 * A pass covers a window of working days: normally one day, after downtime every working day
 * since the last completed pass. Of the unit's track only the latest stage in the window is
 * sent (a unit back from a week of downtime hears "overdue 4 days", not four messages); the
 * escalation is sent when its day is in the window.
 */
import type { WorkCalendar } from './workdays';
import { addDays } from './workdays';

export const BEFORE_DAYS = 3;
export const OVERDUE_EVERY = 2;
export const ESCALATE_AFTER = 5;

export type AutoStage = 'before' | 'due' | 'overdue' | 'escalate';
export type SubjectType = 'task' | 'report';

/** Working days whose ordinal lies in (lo, hi]; `day` is the pass's own day (working or not). */
export type PassWindow = { lo: number; hi: number; day: string };

export type DueReminder = {
  stage: AutoStage;
  /** The working day the stage belongs to. */
  day: string;
};

export type DueStages = { unit: DueReminder | null; escalate: DueReminder | null };

/**
 * The window of a pass run for `day` when the last completed pass was for `after` (null: none
 * ever ran, so only `day` itself). Empty when `after` is not earlier.
 */
export function passWindow(cal: WorkCalendar, after: string | null, day: string): PassWindow {
  const hi = cal.ordinal(day);
  const lo = Math.min(hi, cal.ordinal(after ?? addDays(day, -1)));
  return { lo, hi, day };
}

export function windowDays(cal: WorkCalendar, w: PassWindow): string[] {
  const days: string[] = [];
  for (let n = w.lo + 1; n <= w.hi; n += 1) days.push(cal.dayOfOrdinal(n));
  return days;
}

export function dueStages(cal: WorkCalendar, w: PassWindow, deadline: string): DueStages {
  const d = cal.ordinal(deadline);
  const inWindow = (n: number) => n > w.lo && n <= w.hi;
  const at = (stage: AutoStage, n: number): DueReminder => ({ stage, day: cal.dayOfOrdinal(n) });

  let unit: DueReminder | null = null;
  const kMax = w.hi - d;
  if (kMax >= OVERDUE_EVERY) {
    const k = kMax - (kMax % OVERDUE_EVERY);
    if (inWindow(d + k)) unit = at('overdue', d + k);
  } else if (inWindow(d)) {
    unit = at('due', d);
  } else if (inWindow(d - BEFORE_DAYS)) {
    unit = at('before', d - BEFORE_DAYS);
  }
  const escalate = inWindow(d + ESCALATE_AFTER) ? at('escalate', d + ESCALATE_AFTER) : null;
  return { unit, escalate };
}

/**
 * The ledger key: once per deadline for 'before', 'due' and 'escalate' (a new deadline after a
 * return or an extension is chased afresh), once per working day for 'overdue'.
 */
export function reminderKey(type: SubjectType, id: number, deadline: string, r: DueReminder): string {
  return `${type}:${id}:${r.stage}:${r.stage === 'overdue' ? r.day : deadline}`;
}

/**
 * Memoises dueStages by deadline: 30,000 tasks share a few hundred deadlines.
 */
export function stagesByDeadline(cal: WorkCalendar, w: PassWindow): (deadline: string) => DueStages {
  const memo = new Map<string, DueStages>();
  return (deadline) => {
    let s = memo.get(deadline);
    if (!s) {
      s = dueStages(cal, w, deadline);
      memo.set(deadline, s);
    }
    return s;
  };
}
