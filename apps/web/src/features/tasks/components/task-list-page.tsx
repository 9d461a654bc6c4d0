import type { ReactNode } from 'react';
import { Link, useNavigate } from '@tanstack/react-router';
import { LinkRow } from '../../../components/link-row';
import { Deadline, Received } from '../../../components/deadline';
import { ProgressBar } from '../../../components/progress-bar';
import { StateBadge, isFinished } from '../../../components/state-badge';
import { Empty, ErrorMessage, Loading } from '../../../components/status';
import { useCurrentUser } from '../../../lib/current-user';
import { formatDirectiveNumber, formatIssued } from '../../../lib/format';
import { t } from '../../../i18n/t';
import type { MessageKey } from '../../../i18n/vi';
import { useTasks } from '../api/get-tasks';
import type { TaskFilter } from '../api/get-tasks';
import { TaskFilterTabs } from './task-filter-tabs';
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
  const navigate = useNavigate();
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
      {tasks.isPending ? (
        <Loading />
      ) : tasks.isError ? (
        <ErrorMessage error={tasks.error} />
      ) : tasks.data.length === 0 ? (
        <Empty>{t(emptyText[filter])}</Empty>
      ) : (
        <div className="table-wrap">
          <table role="table" className="table table-cards" aria-label={t('tasks.title')}>
            <thead>
              <tr>
                <th scope="col">{t('tasks.col.directive')}</th>
                {showUnit ? <th scope="col">{t('tasks.col.unit')}</th> : null}
                <th scope="col">{t('tasks.col.deadline')}</th>
                <th scope="col">{t('tasks.col.progress')}</th>
                <th scope="col">{t('tasks.col.state')}</th>
                <th scope="col">{t('tasks.col.received')}</th>
              </tr>
            </thead>
            <tbody>
              {tasks.data.map((task) => (
                <LinkRow
                  key={task.id}
                  testId="task-row"
                  className={task.state === 'overdue' ? 'is-overdue' : undefined}
                  open={() => void navigate({ to: '/tasks/$taskId', params: { taskId: String(task.id) } })}
                >
                  <td className="cell-main">
                    <Link to="/tasks/$taskId" params={{ taskId: String(task.id) }} className="row-title">
                      <span className="doc-number">{formatDirectiveNumber(task.directive)}</span>
                      {task.directive.issued ? <span className="muted"> · {formatIssued(task.directive.issued)}</span> : null}
                      <span className="doc-subject">{task.directive.subject}</span>
                    </Link>
                    {showUnit ? null : <TransferredFrom task={task} />}
                  </td>
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
                </LinkRow>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
