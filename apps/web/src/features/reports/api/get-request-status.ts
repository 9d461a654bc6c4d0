import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ReportStatusTable } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { reportKeys } from './keys';

export const getRequestStatus = (id: number, signal?: AbortSignal) => api<ReportStatusTable>(`/report-requests/${id}/status`, { signal });

export const requestStatusQueryOptions = (id: number) =>
  queryOptions({ queryKey: reportKeys.status(id), queryFn: ({ signal }) => getRequestStatus(id, signal) });

export const useRequestStatus = (id: number, enabled = true) => useQuery({ ...requestStatusQueryOptions(id), enabled });
