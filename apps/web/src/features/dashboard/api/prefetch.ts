import type { QueryClient } from '@tanstack/react-query';
import type { MatrixQuery } from '@dondoc/schemas';
import { filtersOf, type DashboardSearch } from '../dashboard-search';
import { getHeadline } from './get-headline';
import { getMatrix } from './get-matrix';
import { getVersion } from './get-version';
import { dashboardKeys } from './keys';

/** Directive columns per page of the matrix. */
export const COLUMNS_PER_PAGE = 100;

/** The matrix the page asks for a view: the same object here and in the page, so they share one query. */
export const matrixQueryOf = (s: DashboardSearch): MatrixQuery => ({
  ...filtersOf(s),
  state: s.state,
  groupBy: s.groupBy,
  sort: s.sort,
  order: s.order,
  page: s.page ?? 1,
  limit: COLUMNS_PER_PAGE,
});

/**
 * Asks for the headline and the matrix as soon as the route matches — alongside the session check
 * and the first render rather than after them — so their answers are there when the page mounts.
 * Failures are dropped: before signing in this is a 401, and the page asks again itself.
 */
export async function prefetchDashboard(queryClient: QueryClient, search: DashboardSearch): Promise<void> {
  try {
    const { version } = await queryClient.fetchQuery({ queryKey: dashboardKeys.version(), queryFn: ({ signal }) => getVersion(signal) });
    const filters = filtersOf(search);
    const matrix = matrixQueryOf(search);
    await Promise.all([
      queryClient.prefetchQuery({ queryKey: dashboardKeys.headline(version, filters), queryFn: ({ signal }) => getHeadline(filters, signal), staleTime: Infinity }),
      queryClient.prefetchQuery({ queryKey: dashboardKeys.matrix(version, matrix), queryFn: ({ signal }) => getMatrix(matrix, signal), staleTime: Infinity }),
    ]);
  } catch {
    // See above: the page's own queries report errors.
  }
}
