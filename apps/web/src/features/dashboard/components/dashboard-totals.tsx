import type { Dashboard } from '@dondoc/schemas';
import { t } from '../../../i18n/t';
import type { MessageKey } from '../../../i18n/vi';

type Totals = Dashboard['totals'];

const tiles: { key: keyof Totals; label: MessageKey; testId?: string; tone?: string }[] = [
  { key: 'directives', label: 'dashboard.total.directives' },
  { key: 'tasks', label: 'dashboard.total.tasks', testId: 'total-tasks' },
  { key: 'done', label: 'dashboard.total.done', testId: 'total-done', tone: 'ok' },
  { key: 'inProgress', label: 'dashboard.total.inProgress', tone: 'info' },
  { key: 'overdue', label: 'dashboard.total.overdue', tone: 'danger' },
  { key: 'notReceived', label: 'dashboard.total.notReceived', tone: 'warning' },
];

export function DashboardTotals({ totals }: { totals: Totals }) {
  return (
    <dl className="totals">
      {tiles.map((tile) => (
        <div key={tile.key} className={`total-tile${tile.tone ? ` tone-${tile.tone}` : ''}`}>
          <dt>{t(tile.label)}</dt>
          <dd data-testid={tile.testId}>{totals[tile.key]}</dd>
        </div>
      ))}
    </dl>
  );
}
