import type { TaskState } from '@dondoc/schemas';
import { taskStateLabelKey } from '../../../components/state-badge';
import { t } from '../../../i18n/t';

const order: TaskState[] = ['not_received', 'in_progress', 'overdue', 'done', 'done_late'];

export function DashboardLegend() {
  return (
    <ul className="legend" aria-label={t('dashboard.legend')}>
      {order.map((state) => (
        <li key={state}>
          <span className={`legend-swatch cell-state-${state}`} aria-hidden="true" />
          {t(taskStateLabelKey[state])}
        </li>
      ))}
      <li>
        <span className="legend-swatch cell-empty" aria-hidden="true" />
        {t('dashboard.noTask')}
      </li>
    </ul>
  );
}
