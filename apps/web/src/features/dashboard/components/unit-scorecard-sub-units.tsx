import type { SubUnitProgress } from '@dondoc/schemas';
import { t } from '../../../i18n/t';

const percent = (r: number | null) => (r === null ? '—' : `${Math.round(r * 100)}%`);

/** How the units it passed work on to stand; their own task pages open from the unit's task roll-up. */
export function UnitScorecardSubUnits({ subUnits }: { subUnits: SubUnitProgress[] }) {
  return (
    <section className="card scorecard-list" aria-labelledby="sc-sub-title">
      <h2 id="sc-sub-title">{t('scorecard.subUnits')}</h2>
      <p className="muted">{t('scorecard.subUnitsHint')}</p>
      <div className="table-wrap">
        <table className="table scorecard-subunits" data-testid="sc-sub-table">
          <thead>
            <tr>
              <th scope="col">{t('scorecard.subUnit')}</th>
              <th scope="col" className="num">
                {t('scorecard.subTasks')}
              </th>
              <th scope="col" className="num">
                {t('scorecard.subDone')}
              </th>
              <th scope="col" className="num">
                {t('scorecard.subOverdue')}
              </th>
              <th scope="col" className="num">
                {t('scorecard.onTimeRate')}
              </th>
              <th scope="col" className="num">
                {t('scorecard.items')}
              </th>
              <th scope="col" className="num">
                {t('scorecard.activities')}
              </th>
            </tr>
          </thead>
          <tbody>
            {subUnits.map((s) => (
              <tr key={s.unit.id}>
                <th scope="row">{s.unit.name}</th>
                <td className="num">{s.tasks.total}</td>
                <td className="num">{s.tasks.onTime + s.tasks.late}</td>
                <td className="num">{s.tasks.overdue}</td>
                <td className="num">{percent(s.tasks.onTimeRate)}</td>
                <td className="num">
                  {s.items.done}/{s.items.total}
                </td>
                <td className="num">{s.activities}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
