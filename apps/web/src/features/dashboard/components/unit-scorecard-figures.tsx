import type { ActivityForm, DrillQuery, UnitScorecard } from '@dondoc/schemas';
import { t } from '../../../i18n/t';
import type { MessageKey } from '../../../i18n/vi';
import { BarChart } from './bar-chart';

type Metric = DrillQuery['metric'];
type OnDrill = (metric: Metric, label: string, extra?: Partial<DrillQuery>) => void;
type Tile = { label: MessageKey; value: (c: UnitScorecard) => string | number; hint?: (c: UnitScorecard) => string; metric?: Metric; tone?: string; testId: string };

const percent = (r: number | null) => (r === null ? '—' : `${Math.round(r * 100)}%`);
const days = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

const tiles: Tile[] = [
  {
    label: 'scorecard.onTimeRate',
    value: (c) => percent(c.tasks.onTimeRate),
    hint: (c) => t('scorecard.onTimeRateHint', { onTime: c.tasks.onTime, due: c.tasks.onTime + c.tasks.late + c.tasks.overdue }),
    testId: 'sc-rate',
  },
  {
    label: 'scorecard.avgDaysLate',
    value: (c) => (c.avgDaysLate === null ? '—' : days.format(c.avgDaysLate)),
    hint: (c) => t('scorecard.avgDaysLateHint', { late: c.tasks.late }),
    metric: 'tasks.late',
    tone: 'warning',
    testId: 'sc-days-late',
  },
  { label: 'scorecard.tasks', value: (c) => c.tasks.total, metric: 'tasks', testId: 'sc-tasks' },
  { label: 'scorecard.onTime', value: (c) => c.tasks.onTime, metric: 'tasks.on_time', tone: 'ok', testId: 'sc-on-time' },
  { label: 'scorecard.late', value: (c) => c.tasks.late, metric: 'tasks.late', tone: 'warning', testId: 'sc-late' },
  { label: 'scorecard.open', value: (c) => c.tasks.open, metric: 'tasks.open', tone: 'info', testId: 'sc-open' },
  { label: 'scorecard.overdue', value: (c) => c.tasks.overdue, metric: 'tasks.overdue', tone: 'danger', testId: 'sc-overdue' },
  { label: 'scorecard.reportsReturned', value: (c) => c.reports.returned, metric: 'reports.returned', tone: 'warning', testId: 'sc-returned' },
  { label: 'scorecard.reportsOverdue', value: (c) => c.reports.overdue, metric: 'reports.overdue', tone: 'danger', testId: 'sc-reports-overdue' },
  {
    label: 'scorecard.activities',
    value: (c) => c.activities.total,
    // Work passed on is the unit's work too: what its sub-units logged counts in its totals.
    hint: (c) => (c.subUnits.length ? t('scorecard.activitiesWithSubUnits', { n: c.activities.total + c.subUnits.reduce((s, u) => s + u.activities, 0) }) : ''),
    metric: 'activities',
    testId: 'sc-activities',
  },
];

/** The unit's figures; each one with rows behind it opens them; activities by form as bars or numbers. */
export function UnitScorecardFigures({ card, onDrill }: { card: UnitScorecard; onDrill: OnDrill }) {
  const byForm = card.activities.byForm ?? [];
  const max = Math.max(0, ...byForm.map((f) => f.count));
  const formLabel = (form: ActivityForm) => t(`activityForm.${form}`);
  return (
    <>
      <p className="muted scorecard-hint">{t('scorecard.drillHint')}</p>
      <dl className="totals scorecard-tiles">
        {tiles.map((tile) => {
          const metric = tile.metric;
          const value = tile.value(card);
          return (
            <div key={tile.label} className={`total-tile${tile.tone ? ` tone-${tile.tone}` : ''}`}>
              <dt>{t(tile.label)}</dt>
              <dd data-testid={tile.testId}>
                {metric && value !== '—' && value !== 0 ? (
                  <button type="button" className="dash-card-button" title={t('dash.card.open.hint')} onClick={() => onDrill(metric, t(tile.label))}>
                    {value}
                  </button>
                ) : (
                  value
                )}
              </dd>
              {tile.hint?.(card) ? <dd className="scorecard-tile-hint">{tile.hint(card)}</dd> : null}
            </div>
          );
        })}
      </dl>
      <section className="card scorecard-forms" aria-label={t('scorecard.byForm')}>
        <BarChart
          title={t('scorecard.byForm')}
          bars={byForm.map((f) => ({ label: formLabel(f.form), value: f.count, max }))}
          table={
            <table className="table" data-testid="sc-forms-table">
              <thead>
                <tr>
                  <th scope="col">{t('scorecard.form')}</th>
                  <th scope="col" className="num">
                    {t('scorecard.count')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {byForm.map((f) => (
                  <tr key={f.form}>
                    <th scope="row">{formLabel(f.form)}</th>
                    <td className="num">
                      <button type="button" className="dash-card-button" onClick={() => onDrill('activities', formLabel(f.form), { form: f.form })}>
                        {f.count}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      </section>
    </>
  );
}
