import { useState } from 'react';
import type { DrillQuery } from '@dondoc/schemas';
import { ErrorMessage, Loading, NotFound } from '../../../components/status';
import { isApiError } from '../../../lib/api-client';
import { unitKindLabel } from '../../../lib/unit-kind';
import { t } from '../../../i18n/t';
import { useUnitHistory } from '../api/get-unit-history';
import { useUnitScorecard, type UnitScorecardFilters } from '../api/get-unit-scorecard';
import { DrillPanel } from './drill-panel';
import { UnitScorecardExport } from './unit-scorecard-export';
import { UnitScorecardFigures } from './unit-scorecard-figures';
import { UnitScorecardPeriod } from './unit-scorecard-period';
import { UnitScorecardReports, UnitScorecardTasks } from './unit-scorecard-lists';
import { UnitScorecardSubUnits } from './unit-scorecard-sub-units';

type Props = { unitId: number; period: UnitScorecardFilters; onPeriod: (p: UnitScorecardFilters) => void };

/** One unit's figures, the tasks and reports behind them, its sub-units, and its data to export. */
export function UnitScorecardPage({ unitId, period, onPeriod }: Props) {
  const filters: UnitScorecardFilters = { ...(period.from ? { from: period.from } : {}), ...(period.to ? { to: period.to } : {}) };
  const card = useUnitScorecard(unitId, filters);
  const history = useUnitHistory(unitId, card.isSuccess);
  const [drill, setDrill] = useState<{ query: DrillQuery; label: string } | null>(null);

  if (card.isPending) return <Loading />;
  if (card.isError) {
    if (isApiError(card.error) && card.error.status === 404) return <NotFound title={t('scorecard.notFound')}>{t('scorecard.notFoundText')}</NotFound>;
    return <ErrorMessage error={card.error} />;
  }
  const c = card.data;
  const formerNames = (history.data?.formerNames ?? []).map((n) => n.name).filter((n) => n !== c.unit.name);
  const openDrill = (metric: DrillQuery['metric'], label: string, extra: Partial<DrillQuery> = {}) =>
    setDrill({ query: { ...filters, ...extra, metric, unitId, page: 1 }, label });

  return (
    <div className="page page-wide unit-scorecard">
      <header className="page-header">
        <div>
          <p className="muted scorecard-eyebrow">{t('scorecard.title')}</p>
          <h1 data-testid="scorecard-unit">{c.unit.name}</h1>
          <p className="page-subtitle">
            {[t(unitKindLabel[c.unit.kind]), c.unit.districtName].filter(Boolean).join(' · ')}
            {formerNames.length > 0 ? <span className="muted"> · {t('scorecard.formerName', { names: formerNames.join('; ') })}</span> : null}
          </p>
        </div>
      </header>

      <UnitScorecardPeriod
        period={filters}
        onChange={(p) => {
          setDrill(null);
          onPeriod(p);
        }}
      />

      <UnitScorecardFigures card={c} onDrill={openDrill} />

      {drill ? (
        <DrillPanel
          version={c.version}
          query={drill.query}
          label={drill.label}
          onPage={(page) => setDrill({ ...drill, query: { ...drill.query, page } })}
          onClose={() => setDrill(null)}
        />
      ) : null}

      <UnitScorecardTasks version={c.version} unitId={unitId} filters={filters} />
      <UnitScorecardReports version={c.version} unitId={unitId} filters={filters} />
      {c.subUnits.length > 0 ? <UnitScorecardSubUnits subUnits={c.subUnits} /> : null}
      <UnitScorecardExport unitId={unitId} filters={filters} />
    </div>
  );
}
