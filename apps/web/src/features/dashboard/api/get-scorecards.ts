import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DashboardScorecards } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { dashboardKeys } from './keys';
import { asQuery, type Filters } from './query';

export const getScorecards = (filters: Filters, signal?: AbortSignal) => api<DashboardScorecards>('/dashboard/scorecards', { query: asQuery(filters), signal });

export const useScorecards = (version: string | undefined, filters: Filters) =>
  useQuery({
    queryKey: dashboardKeys.scorecards(version ?? '', filters),
    queryFn: ({ signal }) => getScorecards(filters, signal),
    enabled: version !== undefined,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
