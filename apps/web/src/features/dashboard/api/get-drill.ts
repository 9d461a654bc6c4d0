import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DashboardDrill, DrillQuery } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { dashboardKeys } from './keys';
import { asQuery } from './query';

export const getDrill = (q: DrillQuery, signal?: AbortSignal) => api<DashboardDrill>('/dashboard/drill', { query: asQuery(q), signal });

export const useDrill = (version: string | undefined, q: DrillQuery | null) =>
  useQuery({
    queryKey: dashboardKeys.drill(version ?? '', q ?? { metric: 'tasks' }),
    queryFn: ({ signal }) => getDrill(q ?? { metric: 'tasks' }, signal),
    enabled: version !== undefined && q !== null,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
