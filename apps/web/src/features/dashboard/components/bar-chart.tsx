import { useState } from 'react';
import type { CSSProperties, ReactNode } from 'react';
import { t } from '../../../i18n/t';

export type Bar = { label: string; value: number; max: number; text?: string };

/** Long series (a week per bar over years) scroll inside the chart instead of stretching the page. */
const TALL: CSSProperties = { maxHeight: '26rem', overflowY: 'auto' };

/** Horizontal CSS bars, with a "Xem số liệu" toggle that shows the same figures as a table. */
export function BarChart({ title, bars, table, controls }: { title: string; bars: Bar[]; table: ReactNode; controls?: ReactNode }) {
  const [numbers, setNumbers] = useState(false);
  return (
    <figure className="dash-chart">
      <figcaption className="dash-section-header">
        <strong>{title}</strong>
        {controls}
        <button type="button" className="btn btn-small" aria-pressed={numbers} onClick={() => setNumbers((v) => !v)}>
          {numbers ? t('dash.charts.hideData') : t('dash.charts.showData')}
        </button>
      </figcaption>
      {bars.length === 0 ? (
        <p className="muted">{t('dash.charts.empty')}</p>
      ) : numbers ? (
        <div className="table-wrap" style={TALL}>
          {table}
        </div>
      ) : (
        <ul className="dash-bars" aria-hidden="true" style={TALL}>
          {bars.map((b) => (
            <li key={b.label}>
              <span className="dash-bar-label">{b.label}</span>
              <span className="dash-bar-track">
                <span className="dash-bar" style={{ width: `${b.max > 0 ? Math.round((b.value / b.max) * 100) : 0}%` }} />
              </span>
              <span className="dash-bar-value">{b.text ?? b.value}</span>
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
