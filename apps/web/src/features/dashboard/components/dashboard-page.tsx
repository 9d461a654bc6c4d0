import { useState } from 'react';
import type { DrillQuery, ExportParams } from '@dondoc/schemas';
import { ErrorMessage, Empty, Loading } from '../../../components/status';
import { formatDateTime } from '../../../lib/format';
import { t } from '../../../i18n/t';
import { useCharts } from '../api/get-charts';
import { useHeadline } from '../api/get-headline';
import { useMatrix } from '../api/get-matrix';
import { useOptions } from '../api/get-options';
import { useScorecards } from '../api/get-scorecards';
import { useDashboardVersion } from '../api/get-version';
import { matrixQueryOf } from '../api/prefetch';
import { filtersOf, type DashboardSearch } from '../dashboard-search';
import { ChartsPanel } from './charts-panel';
import { DashboardLegend } from './dashboard-legend';
import { DrillPanel } from './drill-panel';
import { ExportButtons } from './export-buttons';
import { FilterBar, type DashboardQuery } from './filter-bar';
import { HeadlineCards } from './headline-cards';
import { MatrixGrid } from './matrix-grid';
import { MatrixSort } from './matrix-sort';
import { RankingTable } from './ranking-table';

type Props = {
  /** The view, from the URL (the route validates it). */
  search: DashboardSearch;
  onSearch: (next: DashboardSearch) => void;
};

export function DashboardPage({ search, onSearch }: Props) {
  const versionQuery = useDashboardVersion();
  const version = versionQuery.data?.version;
  const [drill, setDrill] = useState<{ query: DrillQuery; label: string } | null>(null);
  const filters = filtersOf(search);
  const period = { ...(filters.from ? { from: filters.from } : {}), ...(filters.to ? { to: filters.to } : {}) };
  const page = search.page ?? 1;

  // The headline and the matrix are what a leader opens the page for: asked first, alone. The
  // ranking, charts and filter choices wait for them, so the server (one thread) answers those first.
  const headline = useHeadline(version, filters);
  const matrix = useMatrix(version, matrixQueryOf(search));
  const later = headline.isFetched && matrix.isFetched ? version : undefined;
  const options = useOptions(later);
  const scorecards = useScorecards(later, filters);
  const charts = useCharts(later, filters, search.bucket ?? 'month');

  const change = (next: DashboardQuery) => {
    onSearch({ ...next, sort: search.sort, order: search.order, bucket: search.bucket });
    setDrill(null);
  };
  const exportParams: ExportParams = {
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
    ...(filters.issuer ? { issuer: filters.issuer } : {}),
    ...(filters.district ? { district: filters.district } : {}),
    ...(filters.kind ? { unitKind: filters.kind } : {}),
  };
  const m = matrix.data;

  return (
    <div className="page page-wide">
      <header className="page-header">
        <div>
          <h1>{t('dashboard.title')}</h1>
          <p className="page-subtitle">
            {versionQuery.dataUpdatedAt ? t('dashboard.updatedAt', { at: formatDateTime(new Date(versionQuery.dataUpdatedAt).toISOString()) }) : null}
            {matrix.isFetching || headline.isFetching ? <span className="muted"> · {t('dashboard.refreshing')}</span> : null}
          </p>
        </div>
      </header>

      <FilterBar value={search} options={options.data} onChange={change} />

      {versionQuery.isError ? <ErrorMessage error={versionQuery.error} /> : null}
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
              <button type="button" className="btn btn-small" disabled={page <= 1} onClick={() => onSearch({ ...search, page: page - 1 > 1 ? page - 1 : undefined })}>
                {t('dash.drill.prev')}
              </button>
              <button type="button" className="btn btn-small" disabled={page * m.directives.limit >= m.directives.total} onClick={() => onSearch({ ...search, page: page + 1 })}>
                {t('dash.drill.next')}
              </button>
            </span>
          ) : null}
        </header>
        <div className="dash-section-header">
          <MatrixSort sort={search.sort} order={search.order} onChange={(s) => onSearch({ ...search, ...s })} />
          <ExportButtons kind="matrix" params={{ ...exportParams, ...(search.state ? { state: search.state } : {}) }} />
        </div>
        {matrix.isError ? <ErrorMessage error={matrix.error} /> : null}
        {!m ? (
          matrix.isError ? null : <Loading />
        ) : m.rows.length === 0 || m.directives.items.length === 0 ? (
          <Empty>{t('dash.matrix.empty')}</Empty>
        ) : (
          <>
            <DashboardLegend />
            <MatrixGrid data={m} period={period} />
          </>
        )}
      </section>

      <div className="dash-panels">
        {scorecards.data ? <RankingTable data={scorecards.data} period={period} actions={<ExportButtons kind="units" params={exportParams} />} /> : null}
        {charts.data ? (
          <ChartsPanel
            data={charts.data}
            bucket={search.bucket ?? 'month'}
            onBucket={(b) => onSearch({ ...search, bucket: b === 'month' ? undefined : b })}
            activitiesExport={<ExportButtons kind="activities" params={exportParams} />}
          />
        ) : null}
      </div>
    </div>
  );
}
