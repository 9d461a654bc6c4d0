import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UnitHistory } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { unitKeys } from './keys';

export const getUnitHistory = (id: number, signal?: AbortSignal) => api<UnitHistory>(`/units/${id}/history`, { signal });

export const unitHistoryQueryOptions = (id: number) =>
  queryOptions({ queryKey: unitKeys.history(id), queryFn: ({ signal }) => getUnitHistory(id, signal), staleTime: 30_000 });

export const useUnitHistory = (id: number) => useQuery(unitHistoryQueryOptions(id));
