import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { UnitEvent } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { unitKeys } from './keys';
import type { UnitEventParams } from './keys';

export const getUnitEvents = (params: UnitEventParams, signal?: AbortSignal) =>
  api<{ items: UnitEvent[] }>('/unit-events', { query: params, signal }).then((r) => r.items);

export const unitEventsQueryOptions = (params: UnitEventParams) =>
  queryOptions({
    queryKey: unitKeys.events(params),
    queryFn: ({ signal }) => getUnitEvents(params, signal),
    staleTime: 30_000,
    placeholderData: keepPreviousData,
  });

export const useUnitEvents = (params: UnitEventParams) => useQuery(unitEventsQueryOptions(params));
