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
  return new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(0, 10);
}
