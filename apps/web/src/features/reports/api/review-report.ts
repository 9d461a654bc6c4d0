import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReportAccept, ReportDetail, ReportReturn } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { reportKeys } from './keys';

export const acceptReport = (id: number, body: ReportAccept) => api<ReportDetail>(`/reports/${id}/accept`, { method: 'POST', body });
export const returnReport = (id: number, body: ReportReturn) => api<ReportDetail>(`/reports/${id}/return`, { method: 'POST', body });

type Review = { action: 'accept'; body: ReportAccept } | { action: 'return'; body: ReportReturn };

export function useReviewReport(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (r: Review) => (r.action === 'accept' ? acceptReport(id, r.body) : returnReport(id, r.body)),
    onSuccess: (report) => {
      queryClient.setQueryData(reportKeys.report(id), report);
      void queryClient.invalidateQueries({ queryKey: reportKeys.versions(id) });
      void queryClient.invalidateQueries({ queryKey: reportKeys.requests() });
    },
    // A 409 (someone else reviewed it, or the unit took it back): show the report as it is now.
    onError: () => void queryClient.invalidateQueries({ queryKey: reportKeys.report(id) }),
  });
}
