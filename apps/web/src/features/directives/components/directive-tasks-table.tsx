import { Link, useNavigate } from '@tanstack/react-router';
import { LinkRow } from '../../../components/link-row';
import type { TaskWithItems } from '@dondoc/schemas';
import { Deadline, Received } from '../../../components/deadline';
import { ProgressBar } from '../../../components/progress-bar';
import { StateBadge, isFinished } from '../../../components/state-badge';
import { Empty, ErrorMessage, Loading } from '../../../components/status';
import { t } from '../../../i18n/t';
import { TransferredFrom } from '../../tasks/components/task-unit';
import { useDirectiveTasks } from '../api/get-directive-tasks';

function Summary({ tasks }: { tasks: TaskWithItems[] }) {
  const received = tasks.filter((x) => x.receivedAt).length;
  const done = tasks.filter((x) => isFinished(x.state)).length;
  const overdue = tasks.filter((x) => x.state === 'overdue').length;
  return (
    <p className="summary-line" data-testid="directive-task-summary">
      {t('directive.tasks.summary', { total: tasks.length, received, done, overdue })}
    </p>
  );
}

/** Every unit's share of a published directive, for the staff who follow it up. */
export function DirectiveTasksTable({ directiveId }: { directiveId: number }) {
  const tasks = useDirectiveTasks(directiveId);
  const navigate = useNavigate();
  if (tasks.isPending) return <Loading />;
  if (tasks.isError) return <ErrorMessage error={tasks.error} />;
  if (tasks.data.length === 0) return <Empty>{t('directive.tasks.empty')}</Empty>;

  return (
    <>
      <Summary tasks={tasks.data} />
      <div className="table-wrap">
        <table role="table" className="table table-cards" aria-label={t('directive.tasks.label')}>
          <thead>
            <tr>
              <th scope="col">{t('tasks.col.unit')}</th>
              <th scope="col">{t('tasks.col.received')}</th>
              <th scope="col">{t('tasks.col.progress')}</th>
              <th scope="col">{t('tasks.col.deadline')}</th>
              <th scope="col">{t('tasks.col.state')}</th>
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
                    {task.unitNameThen ?? task.unit.name}
                  </Link>
                  {task.unitNameThen ? <span className="muted small task-unit-now">{t('task.unitNow', { name: task.unit.name })}</span> : null}
                  {task.source !== 'recipient' ? <span className="muted small"> {t(`task.source.${task.source}`)}</span> : null}
                  <TransferredFrom task={task} />
                </td>
                <td data-label={t('tasks.col.received')}>
                  <Received at={task.receivedAt} />
                </td>
                <td data-label={t('tasks.col.progress')}>
                  <ProgressBar done={task.itemsDone} total={task.itemsTotal} testId="task-progress" />
                </td>
                <td data-label={t('tasks.col.deadline')}>
                  <Deadline date={task.deadline} finished={isFinished(task.state)} />
                </td>
                <td data-label={t('tasks.col.state')}>
                  <StateBadge state={task.state} />
                  {task.state === 'overdue' ? <span className="sr-only"> {t('taskState.overdue')}</span> : null}
                </td>
              </LinkRow>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
