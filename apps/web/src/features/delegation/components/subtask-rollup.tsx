import { Link } from '@tanstack/react-router';
import type { Rollup } from '@dondoc/schemas';
import { ProgressBar } from '../../../components/progress-bar';
import { StateBadge } from '../../../components/state-badge';
import { ErrorMessage, Loading } from '../../../components/status';
import { formatDateTime } from '../../../lib/format';
import { t } from '../../../i18n/t';
import { useSubtasks } from '../api/get-subtasks';
import { DelegatedBadge } from './delegated-badge';
import '../delegation.css';

/** "Tiến độ đơn vị cấp dưới": how the units the task was passed on to stand. */
export function SubtaskRollup({ taskId }: { taskId: number }) {
  const rollup = useSubtasks(taskId);
  return (
    <section aria-labelledby="rollup-heading" className="rollup" data-testid="rollup">
      <h2 id="rollup-heading">{t('rollup.heading')}</h2>
      {rollup.isPending ? <Loading /> : null}
      {rollup.isError ? <ErrorMessage error={rollup.error} /> : null}
      {rollup.isSuccess ? <RollupContent data={rollup.data} /> : null}
    </section>
  );
}

function RollupContent({ data }: { data: Rollup }) {
  const { totals } = data;
  const items = data.items.filter((i) => i.delegated && i.delegated.total > 0);
  return (
    <>
      <p className="rollup-summary" data-testid="rollup-summary">
        {t('rollup.summary', {
          subtasks: totals.subtasks,
          received: totals.received,
          completed: totals.completed,
          overdue: totals.overdue,
          activities: totals.delegated.count,
        })}
      </p>
      <div className="table-wrap">
        <table className="table table-cards rollup-table">
          <thead>
            <tr>
              <th scope="col">{t('rollup.col.unit')}</th>
              <th scope="col">{t('rollup.col.state')}</th>
              <th scope="col">{t('rollup.col.received')}</th>
              <th scope="col">{t('rollup.col.items')}</th>
              <th scope="col" className="num">
                {t('rollup.col.activities')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.subtasks.map((sub) => (
              <tr key={sub.taskId} data-testid="subtask-row">
                <td className="cell-main">
                  <Link to="/tasks/$taskId" params={{ taskId: String(sub.taskId) }} className="row-title">
                    {sub.unit.name}
                  </Link>
                  {sub.subtaskCount > 0 ? <span className="muted"> · {t('rollup.further', { n: sub.subtaskCount })}</span> : null}
                </td>
                <td data-label={t('rollup.col.state')}>
                  <StateBadge state={sub.state} />
                </td>
                <td data-label={t('rollup.col.received')}>
                  {sub.receivedAt ? formatDateTime(sub.receivedAt) : <span className="muted">{t('rollup.notReceived')}</span>}
                </td>
                <td data-label={t('rollup.col.items')}>
                  <ProgressBar done={sub.itemsDone} total={sub.itemsTotal} />
                </td>
                <td data-label={t('rollup.col.activities')} className="num" data-testid="subtask-activities">
                  {sub.activities.count}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {items.length ? (
        <>
          <h3 className="rollup-items-heading">{t('rollup.itemsHeading')}</h3>
          <ul className="rollup-items">
            {items.map((item) => (
              <li key={item.itemId} data-testid={`rollup-item-${item.itemId}`}>
                <span className="rollup-item-title">
                  {item.label && item.label !== '-' && item.label !== '+' ? `${item.label}. ` : ''}
                  {item.title}
                </span>
                <DelegatedBadge delegated={item.delegated} />
                {item.activityCount ? <span className="muted">{t('rollup.itemActivities', { n: item.activityCount })}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
