import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import type { TaskWithItems } from '@dondoc/schemas';
import { Empty, ErrorMessage, Loading } from '../../../components/status';
import { t } from '../../../i18n/t';
import { useTaskActivities } from '../api/get-task-activities';
import { ActivityCard } from './activity-card';
import { ActivityForm } from './activity-form';
import { ActivityTotals } from './activity-totals';
import '../activities.css';

type Props = { task: TaskWithItems; editable: boolean };

/** "Hoạt động" on the task page: what the unit did for this task, and the form to log more. */
export function TaskActivities({ task, editable }: Props) {
  const list = useTaskActivities(task.id);
  const [adding, setAdding] = useState(false);
  const n = list.data?.items.length ?? 0;

  return (
    <section className="task-activities" aria-labelledby="activities-heading">
      <div className="section-head">
        <h2 id="activities-heading">{t('activities.section.title', { n })}</h2>
        {editable && !adding ? (
          <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
            {t('activities.add')}
          </button>
        ) : null}
      </div>
      <p className="muted">{t('activities.section.hint')}</p>
      {adding ? (
        <div className="activity-card is-editing">
          <ActivityForm task={task} onDone={() => setAdding(false)} onCancel={() => setAdding(false)} />
        </div>
      ) : null}
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorMessage error={list.error} />
      ) : list.data.items.length === 0 ? (
        <Empty>{t('activities.section.empty')}</Empty>
      ) : (
        <>
          <ol className="activity-list" aria-label={t('activities.section.list')}>
            {list.data.items.map((a) => (
              <li key={a.id}>
                <ActivityCard activity={a} task={task} editable={editable} />
              </li>
            ))}
          </ol>
          <ActivityTotals totals={list.data.totals} count={list.data.count} chart={false} level={3} />
        </>
      )}
      <p className="activities-more">
        <Link to="/activities" search={{ directiveId: task.directive.id }}>{t('activities.viewAll')}</Link>
      </p>
    </section>
  );
}
