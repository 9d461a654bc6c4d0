import type { ReactNode } from 'react';
import { Link, useNavigate } from '@tanstack/react-router';
import type { TaskSummary } from '@dondoc/schemas';
import { LinkRow } from '../../../components/link-row';

/**
 * A task's row in a list: opens the task, marked when overdue. `title` is the text of its link,
 * `note` what stands under it in the first cell, `children` the other cells.
 */
export function TaskRow({ task, title, note, children }: { task: Pick<TaskSummary, 'id' | 'state'>; title: ReactNode; note?: ReactNode; children: ReactNode }) {
  const navigate = useNavigate();
  return (
    <LinkRow
      testId="task-row"
      className={task.state === 'overdue' ? 'is-overdue' : undefined}
      open={() => void navigate({ to: '/tasks/$taskId', params: { taskId: String(task.id) } })}
    >
      <td className="cell-main">
        <Link to="/tasks/$taskId" params={{ taskId: String(task.id) }} className="row-title">
          {title}
        </Link>
        {note}
      </td>
      {children}
    </LinkRow>
  );
}
