import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DashboardMatrix, MatrixQuery } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { dashboardKeys } from './keys';
import { asQuery } from './query';

export const getMatrix = (q: MatrixQuery, signal?: AbortSignal) => api<DashboardMatrix>('/dashboard/matrix', { query: asQuery(q), signal });

export const useMatrix = (version: string | undefined, q: MatrixQuery) =>
  useQuery({
    queryKey: dashboardKeys.matrix(version ?? '', q),
    queryFn: ({ signal }) => getMatrix(q, signal),
    enabled: version !== undefined,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
