import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ReportDetail } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { reportKeys } from './keys';

export const getReport = (id: number, signal?: AbortSignal) => api<ReportDetail>(`/reports/${id}`, { signal });

export const reportQueryOptions = (id: number) =>
  queryOptions({
    queryKey: reportKeys.report(id),
    queryFn: ({ signal }) => getReport(id, signal),
    // The editor keeps what is typed; a refetch on focus would only move the version under it.
    refetchOnWindowFocus: false,
  });

export const useReport = (id: number) => useQuery(reportQueryOptions(id));
