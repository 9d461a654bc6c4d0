import { useId } from 'react';
import type { ActivityFormTotal } from '@dondoc/schemas';
import { t } from '../../../i18n/t';
import { formLabel, formatNumber, formatQuantities } from './labels';

type Props = { totals: ActivityFormTotal[]; count: number; chart?: boolean; level?: 2 | 3 };

/**
 * Totals per form: headline numbers, a bar chart of activities per form (plain CSS), and the
 * table of the same figures, which is what screen readers and printouts rely on.
 */
export function ActivityTotals({ totals, count, chart = true, level = 2 }: Props) {
  const headingId = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  const reach = totals.reduce((n, x) => n + x.reach, 0);
  const max = Math.max(1, ...totals.map((x) => x.count));
  const measures = sumByMeasure(totals);
  return (
    <section className="activity-totals" aria-labelledby={headingId} data-testid="activity-totals">
      <Heading id={headingId}>{t('activities.totals.title')}</Heading>
      <dl className="totals">
        <div className="total-tile">
          <dt>{t('activities.totals.count')}</dt>
          <dd data-testid="total-activities">{formatNumber(count)}</dd>
        </div>
        <div className="total-tile tone-ok">
          <dt>{t('activities.totals.reach')}</dt>
          <dd data-testid="total-reach">{formatNumber(reach)}</dd>
        </div>
        <div className="total-tile tone-info">
          <dt>{t('activities.totals.forms')}</dt>
          <dd>{formatNumber(totals.length)}</dd>
        </div>
      </dl>
      {chart && totals.length ? (
        // The table below carries the same figures for assistive technology.
        <div className="bar-chart" aria-hidden="true" data-testid="activity-chart">
          {totals.map((x) => (
            <div key={x.form} className="bar-row">
              <span className="bar-label">{t(formLabel[x.form])}</span>
              <span className="bar-track">
                <span className="bar-fill" style={{ width: `${(x.count / max) * 100}%` }} />
              </span>
              <span className="bar-value">{formatNumber(x.count)}</span>
            </div>
          ))}
        </div>
      ) : null}
      {totals.length ? (
        <div className="table-wrap">
          <table role="table" className="table totals-table" aria-label={t('activities.totals.table')}>
            <thead>
              <tr>
                <th scope="col">{t('activities.totals.col.form')}</th>
                <th scope="col" className="num">
                  {t('activities.totals.col.count')}
                </th>
                <th scope="col">{t('activities.totals.col.quantity')}</th>
                <th scope="col" className="num">
                  {t('activities.totals.col.reach')}
                </th>
              </tr>
            </thead>
            <tbody>
              {totals.map((x) => (
                <tr key={x.form} data-testid="total-row" data-form={x.form}>
                  <th scope="row" className="totals-form">
                    {t(formLabel[x.form])}
                  </th>
                  <td data-label={t('activities.totals.col.count')} className="num" data-testid="total-count">
                    {formatNumber(x.count)}
                  </td>
                  <td data-label={t('activities.totals.col.quantity')}>{formatQuantities(x.quantities) || t('common.dash')}</td>
                  <td data-label={t('activities.totals.col.reach')} className="num">
                    {formatNumber(x.reach)}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" className="totals-form">
                  {t('activities.totals.total')}
                </th>
                <td data-label={t('activities.totals.col.count')} className="num">
                  {formatNumber(count)}
                </td>
                <td data-label={t('activities.totals.col.quantity')}>{formatQuantities(measures) || t('common.dash')}</td>
                <td data-label={t('activities.totals.col.reach')} className="num">
                  {formatNumber(reach)}
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      ) : null}
    </section>
  );
}

/** Quantities of all forms added up per measure, largest first. */
function sumByMeasure(totals: ActivityFormTotal[]) {
  const sums = new Map<string, number>();
  for (const x of totals) for (const q of x.quantities) sums.set(q.measure, (sums.get(q.measure) ?? 0) + q.quantity);
  return [...sums].map(([measure, quantity]) => ({ measure, quantity })).sort((a, b) => b.quantity - a.quantity);
}
