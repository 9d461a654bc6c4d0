import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DashboardCharts } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { dashboardKeys } from './keys';
import { asQuery, type Filters } from './query';

export const getCharts = (filters: Filters, signal?: AbortSignal) => api<DashboardCharts>('/dashboard/charts', { query: asQuery(filters), signal });

export const useCharts = (version: string | undefined, filters: Filters) =>
  useQuery({
    queryKey: dashboardKeys.charts(version ?? '', filters),
    queryFn: ({ signal }) => getCharts(filters, signal),
    enabled: version !== undefined,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
