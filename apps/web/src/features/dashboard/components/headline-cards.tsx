import type { DashboardHeadline, DrillQuery } from '@dondoc/schemas';
import { t } from '../../../i18n/t';
import type { MessageKey } from '../../../i18n/vi';

type Metric = DrillQuery['metric'];
type Card = { label: MessageKey; value: (h: DashboardHeadline) => string | number; metric?: Metric; tone?: string; testId?: string };

const percent = (r: number | null) => (r === null ? '—' : `${Math.round(r * 100)}%`);

const cards: Card[] = [
  { label: 'dash.card.directives', value: (h) => h.directives },
  { label: 'dash.card.tasks', value: (h) => h.tasks.total, metric: 'tasks', testId: 'total-tasks' },
  { label: 'dash.card.onTime', value: (h) => h.tasks.onTime, metric: 'tasks.on_time', tone: 'ok', testId: 'total-done' },
  { label: 'dash.card.late', value: (h) => h.tasks.late, metric: 'tasks.late', tone: 'warning' },
  { label: 'dash.card.overdue', value: (h) => h.tasks.overdue, metric: 'tasks.overdue', tone: 'danger', testId: 'total-overdue' },
  { label: 'dash.card.open', value: (h) => h.tasks.open, metric: 'tasks.open', tone: 'info' },
  { label: 'dash.card.notReceived', value: (h) => h.tasks.notReceived, metric: 'tasks.not_received', tone: 'warning' },
  { label: 'dash.card.onTimeRate', value: (h) => percent(h.tasks.onTimeRate) },
  { label: 'dash.card.reportsReturned', value: (h) => h.reports.returned, metric: 'reports.returned', testId: 'headline-returned' },
  { label: 'dash.card.activities', value: (h) => h.activities.total, metric: 'activities', testId: 'headline-activities' },
];

type Props = { headline: DashboardHeadline; onDrill: (metric: Metric, label: string) => void };

/** The headline figures; each with a list behind it opens that list. */
export function HeadlineCards({ headline, onDrill }: Props) {
  return (
    <dl className="totals">
      {cards.map((c) => {
        const metric = c.metric;
        return (
          <div key={c.label} className={`total-tile${c.tone ? ` tone-${c.tone}` : ''}`}>
            <dt>{t(c.label)}</dt>
            <dd data-testid={c.testId}>
              {metric ? (
                <button type="button" className="dash-card-button" title={t('dash.card.open.hint')} onClick={() => onDrill(metric, t(c.label))}>
                  {c.value(headline)}
                </button>
              ) : (
                c.value(headline)
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
