import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ConsolidatedReport } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { reportKeys } from './keys';

export type ConsolidatedBasis = 'submitted' | 'accepted';

export const getConsolidated = (id: number, basis: ConsolidatedBasis, signal?: AbortSignal) =>
  api<ConsolidatedReport>(`/report-requests/${id}/consolidated`, { query: { basis }, signal });

export const consolidatedQueryOptions = (id: number, basis: ConsolidatedBasis) =>
  queryOptions({ queryKey: reportKeys.consolidated(id, basis), queryFn: ({ signal }) => getConsolidated(id, basis, signal), placeholderData: keepPreviousData });

export const useConsolidated = (id: number, basis: ConsolidatedBasis) => useQuery(consolidatedQueryOptions(id, basis));
