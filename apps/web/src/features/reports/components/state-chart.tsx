import type { ReportStatusRow } from '@dondoc/schemas';
import { t } from '../../../i18n/t';
import { stateLabel, stateOrder } from './labels';

/** How many units stand in each state: counts per state, in chart order. */
export function countStates(rows: readonly Pick<ReportStatusRow, 'state'>[]) {
  const counts = new Map(stateOrder.map((s) => [s, 0]));
  for (const r of rows) counts.set(r.state, (counts.get(r.state) ?? 0) + 1);
  return stateOrder.map((state) => ({ state, count: counts.get(state) ?? 0 }));
}

/**
 * A bar per state with its number beside it. The bars are drawn for the eye; a visually hidden
 * list carries the same numbers for screen readers (and the table below has every unit).
 */
export function StateChart({ rows }: { rows: readonly Pick<ReportStatusRow, 'state'>[] }) {
  const counts = countStates(rows);
  const total = Math.max(1, rows.length);
  return (
    <div className="state-chart" data-testid="state-chart">
      <ul className="sr-only">
        {counts.map((c) => (
          <li key={c.state}>{t('rr.chart.line', { label: t(stateLabel[c.state]), n: c.count })}</li>
        ))}
      </ul>
      <div aria-hidden="true">
        {counts.map((c) => (
          <div key={c.state} className="state-bar-row" data-state={c.state} data-testid={`state-count-${c.state}`}>
            <span className="state-bar-label">{t(stateLabel[c.state])}</span>
            <span className="state-bar-track">
              <span className={`state-bar-fill fill-${c.state}`} style={{ width: `${(c.count / total) * 100}%` }} />
            </span>
            <span className="state-bar-value">{c.count}</span>
          </div>
        ))}
      </div>
    </div>
  );
}
