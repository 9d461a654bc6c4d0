import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReportDetail, ReportSubmit } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { reportKeys } from './keys';

export const submitReport = (id: number, body: ReportSubmit) => api<ReportDetail>(`/reports/${id}/submit`, { method: 'POST', body });

export function useSubmitReport(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReportSubmit) => submitReport(id, body),
    onSuccess: (report) => {
      queryClient.setQueryData(reportKeys.report(id), report);
      void queryClient.invalidateQueries({ queryKey: reportKeys.requests() });
      void queryClient.invalidateQueries({ queryKey: reportKeys.versions(id) });
    },
  });
}
