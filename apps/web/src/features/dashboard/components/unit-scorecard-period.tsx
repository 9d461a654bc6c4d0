import { todayIso } from '../../../lib/format';
import { t } from '../../../i18n/t';
import type { UnitScorecardFilters } from '../api/get-unit-scorecard';

type Props = { period: UnitScorecardFilters; onChange: (p: UnitScorecardFilters) => void };

/** The period, kept in the address so a scorecard can be bookmarked and sent as it is. */
export function UnitScorecardPeriod({ period, onChange }: Props) {
  const year = todayIso().slice(0, 4);
  const set = (key: 'from' | 'to', value: string) => {
    const next = { ...period };
    if (value) next[key] = value;
    else delete next[key];
    onChange(next);
  };
  return (
    <section className="dash-filters scorecard-period" aria-label={t('scorecard.period')}>
      <label>
        {t('dash.from')}
        <input type="date" value={period.from ?? ''} max={period.to} onChange={(e) => set('from', e.target.value)} data-testid="scorecard-from" />
      </label>
      <label>
        {t('dash.to')}
        <input type="date" value={period.to ?? ''} min={period.from} onChange={(e) => set('to', e.target.value)} data-testid="scorecard-to" />
      </label>
      <div className="actions">
        <button type="button" className="btn" aria-pressed={!period.from && !period.to} onClick={() => onChange({})}>
          {t('scorecard.allTime')}
        </button>
        <button
          type="button"
          className="btn"
          aria-pressed={period.from === `${year}-01-01` && period.to === `${year}-12-31`}
          onClick={() => onChange({ from: `${year}-01-01`, to: `${year}-12-31` })}
        >
          {t('scorecard.thisYear')}
        </button>
      </div>
      <p className="muted scorecard-hint">{t('scorecard.periodHint')}</p>
    </section>
  );
}
