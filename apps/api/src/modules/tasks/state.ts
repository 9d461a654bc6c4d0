import type { TaskState } from '@dondoc/schemas';

/** The state people see, derived from stored facts so it can never disagree with them. */
export function taskState(
  t: { completedAt: string | null; deadline: string | null; receivedAt: string | null },
  today: string,
): TaskState {
  if (t.completedAt) return t.deadline && vnDate(t.completedAt) > t.deadline ? 'done_late' : 'done';
  if (t.deadline && t.deadline < today) return 'overdue';
  if (!t.receivedAt) return 'not_received';
  return 'in_progress';
}

/** The calendar day in Vietnam (UTC+7) of an ISO timestamp. */
export function vnDate(iso: string): string {
  // Stored times are UTC ("2020-11-20T02:00:00.000Z"): before 17:00 UTC it is the same day in
  // Vietnam, read off the string (lists and exports call this for thousands of rows).
  if (iso.length >= 13 && iso[10] === 'T' && iso.endsWith('Z') && iso.slice(11, 13) < '17') return iso.slice(0, 10);
  return new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(0, 10);
}
