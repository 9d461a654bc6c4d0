import { Link } from '@tanstack/react-router';
import type { TaskItem, TaskWithItems } from '@dondoc/schemas';
import { Deadline } from '../../../components/deadline';
import { ProgressBar } from '../../../components/progress-bar';
import { StateBadge, isFinished } from '../../../components/state-badge';
import { ErrorMessage, Loading, NotFound } from '../../../components/status';
import { isApiError } from '../../../lib/api-client';
import { canReadAll, useCurrentUser } from '../../../lib/current-user';
import { formatDirectiveNumber, formatIssued } from '../../../lib/format';
import { t } from '../../../i18n/t';
import { TaskActivities } from '../../activities/components/task-activities';
import { DelegateAction } from '../../delegation/components/delegate-action';
import { DelegationBanner } from '../../delegation/components/delegation-banner';
import { SubtaskRollup } from '../../delegation/components/subtask-rollup';
import { useTask } from '../api/get-task';
import { AcknowledgePanel } from './acknowledge-panel';
import { CompleteAllAction } from './complete-all-action';
import { TaskComments } from './task-comments';
import { TaskItemCard } from './task-item-card';
import { TaskUnitName } from './task-unit';

type Section = { title: string | null; items: TaskItem[] };

/** Items in document order, grouped under the section heading they came from. */
function groupBySection(items: readonly TaskItem[]): Section[] {
  const sections: Section[] = [];
  for (const item of items) {
    const last = sections.at(-1);
    if (last && last.title === item.section) last.items.push(item);
    else sections.push({ title: item.section, items: [item] });
  }
  return sections;
}

export function TaskPage({ taskId }: { taskId: number }) {
  const me = useCurrentUser();
  const task = useTask(taskId);

  if (task.isPending) return <Loading />;
  if (task.isError) {
    if (isApiError(task.error) && (task.error.status === 404 || task.error.status === 403)) {
      return (
        <NotFound
          title={t('task.notFoundTitle')}
          action={
            <Link to="/tasks" className="btn">
              {t('task.backToList')}
            </Link>
          }
        >
          {t('task.notFoundText')}
        </NotFound>
      );
    }
    return <ErrorMessage error={task.error} />;
  }
  const data: TaskWithItems = task.data;
  // Only the unit's own people write; department staff and leaders follow up read-only.
  const editable = me.role === 'unit' && me.unit?.id === data.unit.id;

  return (
    <div className="page">
      <nav className="breadcrumb" aria-label={t('common.breadcrumb')}>
        <Link to="/tasks">{t('nav.tasks')}</Link>
        {canReadAll(me.role) ? (
          <>
            <span aria-hidden="true"> › </span>
            <Link to="/directives/$directiveId" params={{ directiveId: String(data.directive.id) }}>
              {formatDirectiveNumber(data.directive)}
            </Link>
          </>
        ) : null}
      </nav>
      <header className="doc-header">
        <p className="doc-kicker">
          {t('task.directiveLine', {
            number: formatDirectiveNumber(data.directive),
            date: formatIssued(data.directive.issued) || t('common.dash'),
          })}
        </p>
        <h1 className="doc-title">{data.directive.subject}</h1>
        <dl className="facts">
          <div>
            <dt>{t('task.unit')}</dt>
            <dd>
              <TaskUnitName task={data} />
            </dd>
          </div>
          <div>
            <dt>{t('task.deadline')}</dt>
            <dd>
              <Deadline date={data.deadline} finished={isFinished(data.state)} />
            </dd>
          </div>
          <div>
            <dt>{t('task.state')}</dt>
            <dd>
              <StateBadge state={data.state} />
            </dd>
          </div>
          <div className="facts-progress">
            <dt>{t('task.progress')}</dt>
            <dd>
              <ProgressBar done={data.itemsDone} total={data.itemsTotal} testId="task-progress" />
            </dd>
          </div>
        </dl>
        <DelegationBanner task={data} />
        <AcknowledgePanel task={data} canAcknowledge={editable} />
        {editable ? <CompleteAllAction task={data} /> : null}
        {editable ? <DelegateAction task={data} /> : null}
      </header>

      <section aria-labelledby="items-heading">
        <h2 id="items-heading">{t('task.itemsHeading', { n: data.items.length })}</h2>
        {!editable ? <p className="note">{t('task.readOnly')}</p> : null}
        {groupBySection(data.items).map((section, i) => (
          <section key={`${section.title ?? ''}-${i}`} className="item-section">
            {section.title ? <h3 className="item-section-title">{section.title}</h3> : null}
            <ol className="item-list">
              {section.items.map((item) => (
                <li key={item.id}>
                  <TaskItemCard taskId={data.id} item={item} editable={editable} />
                </li>
              ))}
            </ol>
          </section>
        ))}
      </section>
      {data.subtaskCount ? <SubtaskRollup taskId={data.id} /> : null}
      <TaskActivities task={data} editable={editable} />
      <TaskComments taskId={data.id} />
    </div>
  );
}
