import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ReportVersions } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { reportKeys } from './keys';

export const getReportVersions = (id: number, signal?: AbortSignal) => api<ReportVersions>(`/reports/${id}/versions`, { signal });

export const reportVersionsQueryOptions = (id: number) =>
  queryOptions({ queryKey: reportKeys.versions(id), queryFn: ({ signal }) => getReportVersions(id, signal) });

export const useReportVersions = (id: number, enabled = true) => useQuery({ ...reportVersionsQueryOptions(id), enabled });
