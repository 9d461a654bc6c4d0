import type { ReactNode } from 'react';
import { Deadline, Received } from '../../../components/deadline';
import { ProgressBar } from '../../../components/progress-bar';
import { StateBadge, isFinished } from '../../../components/state-badge';
import { QueryTable } from '../../../components/query-table';
import { useCurrentUser } from '../../../lib/current-user';
import { formatDirectiveNumber, formatIssued } from '../../../lib/format';
import { t } from '../../../i18n/t';
import type { MessageKey } from '../../../i18n/vi';
import { useTasks } from '../api/get-tasks';
import type { TaskFilter } from '../api/get-tasks';
import { TaskFilterTabs } from './task-filter-tabs';
import { TaskRow } from './task-row';
import { TaskUnitName, TransferredFrom } from './task-unit';

const emptyText: Record<TaskFilter, MessageKey> = {
  open: 'tasks.empty.open',
  overdue: 'tasks.empty.overdue',
  done: 'tasks.empty.done',
  all: 'tasks.empty.all',
};

/** `panel`: shown under the heading (a unit's reports still to send, composed in by the route). */
export function TaskListPage({ filter, panel }: { filter: TaskFilter; panel?: ReactNode }) {
  const me = useCurrentUser();
  const tasks = useTasks(filter);
  const showUnit = me.role !== 'unit';

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>{t('tasks.title')}</h1>
          <p className="page-subtitle">{me.role === 'unit' && me.unit ? me.unit.name : t('tasks.subtitleAll')}</p>
        </div>
      </header>
      {panel}
      <TaskFilterTabs active={filter} />
      <QueryTable
        query={tasks}
        empty={t(emptyText[filter])}
        label={t('tasks.title')}
        columns={['tasks.col.directive', ...(showUnit ? (['tasks.col.unit'] as const) : []), 'tasks.col.deadline', 'tasks.col.progress', 'tasks.col.state', 'tasks.col.received']}
      >
        {(task) => (
          <TaskRow
            key={task.id}
            task={task}
            title={
              <>
                <span className="doc-number">{formatDirectiveNumber(task.directive)}</span>
                {task.directive.issued ? <span className="muted"> · {formatIssued(task.directive.issued)}</span> : null}
                <span className="doc-subject">{task.directive.subject}</span>
              </>
            }
            note={showUnit ? null : <TransferredFrom task={task} />}
          >
            {showUnit ? (
              <td data-label={t('tasks.col.unit')}>
                <TaskUnitName task={task} short />
              </td>
            ) : null}
            <td data-label={t('tasks.col.deadline')}>
              <Deadline date={task.deadline} finished={isFinished(task.state)} />
            </td>
            <td data-label={t('tasks.col.progress')}>
              <ProgressBar done={task.itemsDone} total={task.itemsTotal} testId="task-progress" />
            </td>
            <td data-label={t('tasks.col.state')}>
              <StateBadge state={task.state} />
            </td>
            <td data-label={t('tasks.col.received')}>
              <Received at={task.receivedAt} />
            </td>
          </TaskRow>
        )}
      </QueryTable>
    </div>
  );
}
