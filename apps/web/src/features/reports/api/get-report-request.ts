import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ReportRequest } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { reportKeys } from './keys';

export const getReportRequest = (id: number, signal?: AbortSignal) => api<ReportRequest>(`/report-requests/${id}`, { signal });

export const reportRequestQueryOptions = (id: number) =>
  queryOptions({ queryKey: reportKeys.request(id), queryFn: ({ signal }) => getReportRequest(id, signal) });

export const useReportRequest = (id: number, { enabled = true }: { enabled?: boolean } = {}) => useQuery({ ...reportRequestQueryOptions(id), enabled });
