import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DashboardHeadline } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { dashboardKeys } from './keys';
import { asQuery, type Filters } from './query';

export const getHeadline = (filters: Filters, signal?: AbortSignal) => api<DashboardHeadline>('/dashboard/headline', { query: asQuery(filters), signal });

export const useHeadline = (version: string | undefined, filters: Filters) =>
  useQuery({
    queryKey: dashboardKeys.headline(version ?? '', filters),
    queryFn: ({ signal }) => getHeadline(filters, signal),
    enabled: version !== undefined,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
