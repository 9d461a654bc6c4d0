import type { ReactNode } from 'react';
import type { DashboardCharts } from '@dondoc/schemas';
import { formatDate } from '../../../lib/format';
import { t } from '../../../i18n/t';
import type { MessageKey } from '../../../i18n/vi';
import { BarChart } from './bar-chart';

const percent = (r: number | null) => (r === null ? '—' : `${Math.round(r * 100)}%`);
const formLabel = (form: string) => t(`activityForm.${form}` as MessageKey);

/** A week by its Monday (dd/mm/yyyy), a month as mm/yyyy. */
const periodLabel = (p: string) => (p.length === 7 ? `${p.slice(5, 7)}/${p.slice(0, 4)}` : formatDate(p));

type Bucket = DashboardCharts['progress']['bucket'];
type Props = { data: DashboardCharts; bucket: Bucket; onBucket: (b: Bucket) => void; activitiesExport?: ReactNode };

function BucketSwitch({ bucket, onBucket }: Pick<Props, 'bucket' | 'onBucket'>) {
  return (
    <span className="dash-bucket" role="group" aria-label={t('dash.charts.bucket')}>
      {(['week', 'month'] as const).map((b) => (
        <button key={b} type="button" className={`btn btn-small${bucket === b ? ' btn-primary' : ''}`} aria-pressed={bucket === b} onClick={() => onBucket(b)}>
          {t(b === 'week' ? 'dash.charts.byWeek' : 'dash.charts.byMonth')}
        </button>
      ))}
    </span>
  );
}

export function ChartsPanel({ data, bucket, onBucket, activitiesExport }: Props) {
  const progress = data.progress.rows;
  const maxIssued = Math.max(0, ...progress.map((r) => r.issued));
  const months = data.activitiesByMonth.rows;
  const maxMonth = Math.max(0, ...months.map((r) => r.total));
  return (
    <section className="card dash-charts" aria-labelledby="dash-charts">
      <h2 id="dash-charts">{t('dash.charts.title')}</h2>
      <BarChart
        title={t('dash.charts.progress')}
        controls={<BucketSwitch bucket={bucket} onBucket={onBucket} />}
        bars={progress.map((r) => ({ label: periodLabel(r.period), value: r.done, max: maxIssued, text: `${r.done}/${r.issued}` }))}
        table={
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('dash.charts.period')}</th>
                <th scope="col" className="num">{t('dash.charts.issued')}</th>
                <th scope="col" className="num">{t('dash.charts.due')}</th>
                <th scope="col" className="num">{t('dash.charts.done')}</th>
                <th scope="col" className="num">{t('dash.charts.doneOnTime')}</th>
              </tr>
            </thead>
            <tbody>
              {progress.map((r) => (
                <tr key={r.period}>
                  <th scope="row">{periodLabel(r.period)}</th>
                  <td className="num">{r.issued}</td>
                  <td className="num">{r.due}</td>
                  <td className="num">{r.done}</td>
                  <td className="num">{r.doneOnTime}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      <BarChart
        title={t('dash.charts.activities')}
        controls={activitiesExport}
        bars={months.map((r) => ({ label: periodLabel(r.month), value: r.total, max: maxMonth }))}
        table={
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('dash.charts.month')}</th>
                {data.activitiesByMonth.forms.map((f) => (
                  <th key={f} scope="col" className="num">
                    {formLabel(f)}
                  </th>
                ))}
                <th scope="col" className="num">{t('dash.charts.total')}</th>
              </tr>
            </thead>
            <tbody>
              {months.map((r) => (
                <tr key={r.month}>
                  <th scope="row">{periodLabel(r.month)}</th>
                  {r.counts.map((c, i) => (
                    <td key={data.activitiesByMonth.forms[i] ?? i} className="num">
                      {c}
                    </td>
                  ))}
                  <td className="num">{r.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      <BarChart
        title={t('dash.charts.onTime')}
        bars={data.onTimeByDistrict.map((d) => ({ label: d.districtName, value: d.counts.onTimeRate ?? 0, max: 1, text: percent(d.counts.onTimeRate) }))}
        table={
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('dash.charts.district')}</th>
                <th scope="col" className="num">{t('dash.card.tasks')}</th>
                <th scope="col" className="num">{t('dash.card.onTime')}</th>
                <th scope="col" className="num">{t('dash.card.late')}</th>
                <th scope="col" className="num">{t('dash.card.overdue')}</th>
                <th scope="col" className="num">{t('dash.charts.rate')}</th>
              </tr>
            </thead>
            <tbody>
              {data.onTimeByDistrict.map((d) => (
                <tr key={d.districtCode ?? 'none'}>
                  <th scope="row">{d.districtName}</th>
                  <td className="num">{d.counts.total}</td>
                  <td className="num">{d.counts.onTime}</td>
                  <td className="num">{d.counts.late}</td>
                  <td className="num">{d.counts.overdue}</td>
                  <td className="num">{percent(d.counts.onTimeRate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </section>
  );
}
