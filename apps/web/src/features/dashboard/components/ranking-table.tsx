import type { DashboardScorecards } from '@dondoc/schemas';
import { t } from '../../../i18n/t';

const percent = (r: number | null) => (r === null ? '—' : `${Math.round(r * 100)}%`);
const days = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** Units ranked by the API (on-time rate first); the table only shows them. */
export function RankingTable({ data }: { data: DashboardScorecards }) {
  return (
    <section className="card" aria-labelledby="dash-ranking">
      <h2 id="dash-ranking">{t('dash.ranking.title')}</h2>
      <div className="table-wrap dash-ranking">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('dash.ranking.rank')}</th>
              <th scope="col">{t('dash.ranking.unit')}</th>
              <th scope="col" className="num">{t('dash.ranking.onTimeRate')}</th>
              <th scope="col" className="num">{t('dash.ranking.avgDaysLate')}</th>
              <th scope="col" className="num">{t('dash.ranking.open')}</th>
              <th scope="col" className="num">{t('dash.ranking.returned')}</th>
              <th scope="col" className="num">{t('dash.ranking.activities')}</th>
            </tr>
          </thead>
          <tbody>
            {data.units.map((s) => (
              <tr key={s.unit.id} data-testid="ranking-row">
                <td>{s.rank ?? '—'}</td>
                <th scope="row">{s.unit.name}</th>
                <td className="num">{percent(s.tasks.onTimeRate)}</td>
                <td className="num">{s.avgDaysLate === null ? '—' : days.format(s.avgDaysLate)}</td>
                <td className="num">{s.tasks.open + s.tasks.overdue}</td>
                <td className="num">{s.reports.returned}</td>
                <td className="num">{s.activities.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
