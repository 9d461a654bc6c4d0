import type { TaskState } from '@dondoc/schemas';
import { taskStateLabelKey } from '../../../components/state-badge';
import { t } from '../../../i18n/t';
import { cellMark } from './matrix-codes';

const order: TaskState[] = ['done', 'done_late', 'in_progress', 'overdue', 'not_received'];

export function DashboardLegend() {
  return (
    <ul className="legend" aria-label={t('dashboard.legend')}>
      {order.map((state) => (
        <li key={state}>
          <span className={`legend-swatch cell-state-${state}`} aria-hidden="true">
            {cellMark[state]}
          </span>
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
