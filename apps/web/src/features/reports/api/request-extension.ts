import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ExtensionCreate, ExtensionDecide, ReportDetail } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { reportKeys } from './keys';

export const requestExtension = (reportId: number, body: ExtensionCreate) => api<ReportDetail>(`/reports/${reportId}/extensions`, { method: 'POST', body });
export const decideExtension = (extensionId: number, body: ExtensionDecide) => api<ReportDetail>(`/report-extensions/${extensionId}/decide`, { method: 'POST', body });

/**
 * Only the extensions and the deadline are taken from the answer: the unit may have typed since
 * its last autosave, and the editor keeps its own copy of the content and version.
 */
export function useRequestExtension(reportId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ExtensionCreate) => requestExtension(reportId, body),
    onSuccess: (report) => {
      queryClient.setQueryData<ReportDetail>(reportKeys.report(reportId), (old) => (old ? { ...old, extensions: report.extensions, can: report.can, deadline: report.deadline, daysLeft: report.daysLeft } : report));
    },
  });
}

export function useDecideExtension() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ extensionId, body }: { extensionId: number; body: ExtensionDecide }) => decideExtension(extensionId, body),
    onSuccess: (report) => {
      queryClient.setQueryData(reportKeys.report(report.id), report);
      void queryClient.invalidateQueries({ queryKey: reportKeys.status(report.request.id) });
    },
    onError: () => void queryClient.invalidateQueries({ queryKey: reportKeys.all }),
  });
}
