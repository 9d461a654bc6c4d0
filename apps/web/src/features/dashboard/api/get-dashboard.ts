import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Dashboard } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { dashboardKeys } from './keys';

export const getDashboard = (signal?: AbortSignal) => api<Dashboard>('/dashboard', { signal });

/** The matrix refreshes itself: leaders leave it open on a screen. */
export const dashboardQueryOptions = () =>
  queryOptions({
    queryKey: dashboardKeys.matrix(),
    queryFn: ({ signal }) => getDashboard(signal),
    refetchInterval: 15_000,
    refetchOnWindowFocus: true,
    staleTime: 5_000,
  });

export const useDashboard = () => useQuery(dashboardQueryOptions());
