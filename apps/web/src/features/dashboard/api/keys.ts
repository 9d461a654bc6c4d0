import type { DashboardFilters, DrillQuery, MatrixQuery } from '@dondoc/schemas';

/** Views carry the data version in their key: a new version is a new key, so they refetch only then. */
export const dashboardKeys = {
  all: ['dashboard'] as const,
  version: () => [...dashboardKeys.all, 'version'] as const,
  options: (v: string) => [...dashboardKeys.all, 'options', v] as const,
  headline: (v: string, f: DashboardFilters) => [...dashboardKeys.all, 'headline', v, f] as const,
  matrix: (v: string, q: MatrixQuery) => [...dashboardKeys.all, 'matrix', v, q] as const,
  scorecards: (v: string, f: DashboardFilters) => [...dashboardKeys.all, 'scorecards', v, f] as const,
  charts: (v: string, f: DashboardFilters, bucket: 'week' | 'month') => [...dashboardKeys.all, 'charts', v, f, bucket] as const,
  drill: (v: string, q: DrillQuery) => [...dashboardKeys.all, 'drill', v, q] as const,
  exportJob: (token: string) => [...dashboardKeys.all, 'export', token] as const,
};
