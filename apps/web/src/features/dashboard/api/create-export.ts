import { useMutation, useQuery } from '@tanstack/react-query';
import type { ExportCreate, ExportJob } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { dashboardKeys } from './keys';

export const createExport = (body: ExportCreate) => api<ExportJob>('/exports', { method: 'POST', body });
export const useCreateExport = () => useMutation({ mutationFn: createExport });

export const getExport = (token: string, signal?: AbortSignal) => api<ExportJob>(`/exports/${encodeURIComponent(token)}`, { signal });
export const exportFileUrl = (token: string) => `/api/exports/${encodeURIComponent(token)}/file`;

/** Polls a job until it is done or failed. */
export const useExportJob = (token: string | null) =>
  useQuery({
    queryKey: dashboardKeys.exportJob(token ?? ''),
    queryFn: ({ signal }) => getExport(token ?? '', signal),
    enabled: token !== null,
    refetchInterval: (q) => (q.state.data && (q.state.data.status === 'done' || q.state.data.status === 'failed') ? false : 700),
  });
