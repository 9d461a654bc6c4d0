import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReportRequest, ReportRequestCreateInput, ReportRequestUpdate } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { reportKeys } from './keys';

export const createReportRequest = (body: ReportRequestCreateInput) => api<ReportRequest>('/report-requests', { method: 'POST', body });
export const updateReportRequest = (id: number, body: ReportRequestUpdate) => api<ReportRequest>(`/report-requests/${id}`, { method: 'PATCH', body });
export const openReportRequest = (id: number, version: number) => api<ReportRequest>(`/report-requests/${id}/open`, { method: 'POST', body: { version } });
export const closeReportRequest = (id: number, version: number) => api<ReportRequest>(`/report-requests/${id}/close`, { method: 'POST', body: { version } });

/** Puts the answer in place; the lists and the request's status table (its units' deadlines may have moved) refetch. */
function useSettle() {
  const queryClient = useQueryClient();
  return (request: ReportRequest) => {
    queryClient.setQueryData(reportKeys.request(request.id), request);
    void queryClient.invalidateQueries({ queryKey: reportKeys.requestLists() });
    void queryClient.invalidateQueries({ queryKey: reportKeys.status(request.id) });
  };
}

export function useCreateReportRequest() {
  const settle = useSettle();
  return useMutation({ mutationFn: createReportRequest, onSuccess: settle });
}

export function useUpdateReportRequest(id: number) {
  const settle = useSettle();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReportRequestUpdate) => updateReportRequest(id, body),
    onSuccess: settle,
    // After a 409 the reload shows what the other person saved.
    onError: () => void queryClient.invalidateQueries({ queryKey: reportKeys.request(id) }),
  });
}

/** Sends a draft request to its units: each gets a draft report. */
export function useOpenReportRequest() {
  const settle = useSettle();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) => openReportRequest(id, version),
    onSuccess: settle,
    onError: (_e, v) => void queryClient.invalidateQueries({ queryKey: reportKeys.request(v.id) }),
  });
}

export function useCloseReportRequest() {
  const settle = useSettle();
  return useMutation({ mutationFn: ({ id, version }: { id: number; version: number }) => closeReportRequest(id, version), onSuccess: settle });
}
