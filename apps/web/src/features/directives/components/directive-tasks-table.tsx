import type { TaskWithItems } from '@dondoc/schemas';
import { Deadline, Received } from '../../../components/deadline';
import { ProgressBar } from '../../../components/progress-bar';
import { StateBadge, isFinished } from '../../../components/state-badge';
import { QueryTable } from '../../../components/query-table';
import { t } from '../../../i18n/t';
import { TaskRow } from '../../tasks/components/task-row';
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
  return (
    <QueryTable
      query={tasks}
      empty={t('directive.tasks.empty')}
      label={t('directive.tasks.label')}
      columns={['tasks.col.unit', 'tasks.col.received', 'tasks.col.progress', 'tasks.col.deadline', 'tasks.col.state']}
      before={(data) => <Summary tasks={data} />}
    >
      {(task) => (
        <TaskRow
          key={task.id}
          task={task}
          title={task.unitNameThen ?? task.unit.name}
          note={
            <>
              {task.unitNameThen ? <span className="muted small task-unit-now">{t('task.unitNow', { name: task.unit.name })}</span> : null}
              {task.source !== 'recipient' ? <span className="muted small"> {t(`task.source.${task.source}`)}</span> : null}
              <TransferredFrom task={task} />
            </>
          }
        >
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
        </TaskRow>
      )}
    </QueryTable>
  );
}
