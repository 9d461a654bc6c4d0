import type { TaskState } from '@dondoc/schemas';
import { t } from '../i18n/t';
import type { MessageKey } from '../i18n/vi';

export const taskStateLabelKey: Record<TaskState, MessageKey> = {
  not_received: 'taskState.not_received',
  in_progress: 'taskState.in_progress',
  overdue: 'taskState.overdue',
  done: 'taskState.done',
  done_late: 'taskState.done_late',
};

/** Done, on time or late: the deadline no longer matters. */
export const isFinished = (state: TaskState): boolean => state === 'done' || state === 'done_late';

export function StateBadge({ state }: { state: TaskState }) {
  return <span className={`badge state-${state}`}>{t(taskStateLabelKey[state])}</span>;
}
