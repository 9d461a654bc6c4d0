import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Unit, UnitKind } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { unitKeys } from './keys';

export type UnitListParams = { q?: string; kind?: UnitKind; includeRetired?: boolean };

export const getUnits = (params: UnitListParams, signal?: AbortSignal) =>
  api<{ items: Unit[] }>('/units', {
    query: { q: params.q, kind: params.kind, includeRetired: params.includeRetired ? 'true' : undefined },
    signal,
  }).then((r) => r.items);

export const unitsQueryOptions = (params: UnitListParams = {}) =>
  queryOptions({
    queryKey: unitKeys.list(params),
    queryFn: ({ signal }) => getUnits(params, signal),
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });

export const useUnits = (params: UnitListParams = {}) => useQuery(unitsQueryOptions(params));
