import { useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import type { DashboardScorecards, Scorecard } from '@dondoc/schemas';
import { t } from '../../../i18n/t';
import type { MessageKey } from '../../../i18n/vi';
import { sortCards, type RankingKey, type RankingSort } from './ranking-sort';

const percent = (r: number | null) => (r === null ? '—' : `${Math.round(r * 100)}%`);
const days = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
/** Wide enough for a commune's name on two lines; the numbers take what is left. */
const UNIT_CELL = { minWidth: '13rem' } as const;

type Period = { from?: string; to?: string };
type Column = { key: RankingKey; label: MessageKey; num?: boolean; show: (s: Scorecard, period: Period) => ReactNode };

const columns: Column[] = [
  { key: 'rank', label: 'dash.ranking.rank', show: (s) => s.rank ?? '—' },
  {
    key: 'unit',
    label: 'dash.ranking.unit',
    // The unit's own scorecard page, for the same period.
    show: (s, period) => (
      <Link to="/dashboard/units/$unitId" params={{ unitId: String(s.unit.id) }} search={period}>
        {s.unit.name}
      </Link>
    ),
  },
  { key: 'rate', label: 'dash.ranking.onTimeRate', num: true, show: (s) => percent(s.tasks.onTimeRate) },
  { key: 'late', label: 'dash.ranking.avgDaysLate', num: true, show: (s) => (s.avgDaysLate === null ? '—' : days.format(s.avgDaysLate)) },
  { key: 'open', label: 'dash.ranking.open', num: true, show: (s) => s.tasks.open + s.tasks.overdue },
  { key: 'returned', label: 'dash.ranking.returned', num: true, show: (s) => s.reports.returned },
  { key: 'activities', label: 'dash.ranking.activities', num: true, show: (s) => s.activities.total },
];

/** Units ranked by the API (on-time rate first); any column header sorts the table by it. */
export function RankingTable({ data, actions, period = {} }: { data: DashboardScorecards; actions?: ReactNode; period?: Period }) {
  const [sort, setSort] = useState<RankingSort>({ key: 'rank', dir: 1 });
  const rows = useMemo(() => sortCards(data.units, sort), [data, sort]);
  // Counts read best from the largest; rank and names from the first.
  const toggle = (c: Column) => setSort((s) => (s.key === c.key ? { key: c.key, dir: s.dir === 1 ? -1 : 1 } : { key: c.key, dir: c.num && c.key !== 'rate' ? -1 : 1 }));
  return (
    <section className="card" aria-labelledby="dash-ranking">
      <header className="dash-section-header">
        <h2 id="dash-ranking">{t('dash.ranking.title')}</h2>
        {actions}
      </header>
      <div className="table-wrap dash-ranking">
        <table className="table">
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.key} scope="col" className={c.num ? 'num' : undefined} aria-sort={sort.key === c.key ? (sort.dir === 1 ? 'ascending' : 'descending') : undefined}>
                  <button type="button" className="dash-card-button" onClick={() => toggle(c)}>
                    {t(c.label)}
                    <span aria-hidden="true">{sort.key === c.key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => (
              <tr key={s.unit.id} data-testid="ranking-row">
                {columns.map((c) =>
                  c.key === 'unit' ? (
                    <th key={c.key} scope="row" style={UNIT_CELL}>
                      {c.show(s, period)}
                    </th>
                  ) : (
                    <td key={c.key} className={c.num ? 'num' : undefined}>
                      {c.show(s, period)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
