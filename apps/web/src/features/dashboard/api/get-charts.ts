import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DashboardCharts } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { dashboardKeys } from './keys';
import { asQuery, type Filters } from './query';

type Bucket = DashboardCharts['progress']['bucket'];

export const getCharts = (filters: Filters, bucket: Bucket, signal?: AbortSignal) =>
  api<DashboardCharts>('/dashboard/charts', { query: asQuery({ ...filters, bucket }), signal });

export const useCharts = (version: string | undefined, filters: Filters, bucket: Bucket) =>
  useQuery({
    queryKey: dashboardKeys.charts(version ?? '', filters, bucket),
    queryFn: ({ signal }) => getCharts(filters, bucket, signal),
    enabled: version !== undefined,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
