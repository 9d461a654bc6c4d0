import { useState } from 'react';
import type { DrillQuery } from '@dondoc/schemas';
import { ErrorMessage, Empty, Loading } from '../../../components/status';
import { formatDateTime } from '../../../lib/format';
import { t } from '../../../i18n/t';
import { useCharts } from '../api/get-charts';
import { useHeadline } from '../api/get-headline';
import { useMatrix } from '../api/get-matrix';
import { useOptions } from '../api/get-options';
import { useScorecards } from '../api/get-scorecards';
import { useDashboardVersion } from '../api/get-version';
import { ChartsPanel } from './charts-panel';
import { DashboardLegend } from './dashboard-legend';
import { DrillPanel } from './drill-panel';
import { ExportButtons } from './export-buttons';
import { FilterBar, type DashboardQuery } from './filter-bar';
import { HeadlineCards } from './headline-cards';
import { MatrixGrid } from './matrix-grid';
import { RankingTable } from './ranking-table';

const COLUMNS_PER_PAGE = 100;

export function DashboardPage() {
  const versionQuery = useDashboardVersion();
  const version = versionQuery.data?.version;
  const [query, setQuery] = useState<DashboardQuery>({});
  const [page, setPage] = useState(1);
  const [drill, setDrill] = useState<{ query: DrillQuery; label: string } | null>(null);
  // The headline, ranking and charts take the common filters only (no state, no grouping).
  const filters = { from: query.from, to: query.to, issuer: query.issuer, district: query.district, kind: query.kind };

  const options = useOptions(version);
  const headline = useHeadline(version, filters);
  const matrix = useMatrix(version, { ...query, page, limit: COLUMNS_PER_PAGE });
  const scorecards = useScorecards(version, filters);
  const charts = useCharts(version, filters);

  const change = (next: DashboardQuery) => {
    setQuery(next);
    setPage(1);
    setDrill(null);
  };

  if (versionQuery.isPending) return <Loading />;
  if (!version) return <ErrorMessage error={versionQuery.error} />;
  const m = matrix.data;

  return (
    <div className="page page-wide">
      <header className="page-header">
        <div>
          <h1>{t('dashboard.title')}</h1>
          <p className="page-subtitle">
            {t('dashboard.updatedAt', { at: formatDateTime(new Date(versionQuery.dataUpdatedAt).toISOString()) })}
            {matrix.isFetching || headline.isFetching ? <span className="muted"> · {t('dashboard.refreshing')}</span> : null}
          </p>
        </div>
        <ExportButtons params={{ ...(filters.from ? { from: filters.from } : {}), ...(filters.to ? { to: filters.to } : {}) }} />
      </header>

      <FilterBar value={query} options={options.data} onChange={change} />

      {headline.data ? (
        <HeadlineCards headline={headline.data} onDrill={(metric, label) => setDrill({ query: { ...filters, metric, page: 1, limit: 20 }, label })} />
      ) : headline.isError ? (
        <ErrorMessage error={headline.error} />
      ) : (
        <Loading />
      )}

      {drill ? (
        <DrillPanel
          version={version}
          query={drill.query}
          label={drill.label}
          onPage={(p) => setDrill({ ...drill, query: { ...drill.query, page: p } })}
          onClose={() => setDrill(null)}
        />
      ) : null}

      <section aria-labelledby="dash-matrix" className="dash-matrix">
        <header className="dash-section-header">
          <h2 id="dash-matrix">{t('dash.matrix.title')}</h2>
          {m && m.directives.total > 0 ? (
            <span className="muted">
              {t('dash.matrix.rows', { n: m.rows.length })} ·{' '}
              {t('dash.matrix.page', {
                from: (m.directives.page - 1) * m.directives.limit + 1,
                to: (m.directives.page - 1) * m.directives.limit + m.directives.items.length,
                total: m.directives.total,
              })}
            </span>
          ) : null}
          {m && m.directives.total > m.directives.limit ? (
            <span className="actions">
              <button type="button" className="btn btn-small" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                {t('dash.drill.prev')}
              </button>
              <button type="button" className="btn btn-small" disabled={page * m.directives.limit >= m.directives.total} onClick={() => setPage(page + 1)}>
                {t('dash.drill.next')}
              </button>
            </span>
          ) : null}
        </header>
        {matrix.isError ? <ErrorMessage error={matrix.error} /> : null}
        {!m ? (
          matrix.isPending ? <Loading /> : null
        ) : m.rows.length === 0 || m.directives.items.length === 0 ? (
          <Empty>{t('dash.matrix.empty')}</Empty>
        ) : (
          <>
            <DashboardLegend />
            <MatrixGrid data={m} />
          </>
        )}
      </section>

      <div className="dash-panels">
        {scorecards.data ? <RankingTable data={scorecards.data} /> : null}
        {charts.data ? <ChartsPanel data={charts.data} /> : null}
      </div>
    </div>
  );
}
