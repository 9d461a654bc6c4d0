import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DashboardOptions } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { dashboardKeys } from './keys';

export const getOptions = (signal?: AbortSignal) => api<DashboardOptions>('/dashboard/options', { signal });

export const useOptions = (version: string | undefined) =>
  useQuery({
    queryKey: dashboardKeys.options(version ?? ''),
    queryFn: ({ signal }) => getOptions(signal),
    enabled: version !== undefined,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
