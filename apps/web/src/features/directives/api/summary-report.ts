import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SummaryReport, SummaryReportSummary, SummaryReportUpdateInput } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { directiveKeys } from './keys';

// The BÁO CÁO of a directive: its drafts, one draft, saving it, and its documents' addresses.

export const listSummaryReports = (directiveId: number) =>
  api<{ items: SummaryReportSummary[] }>(`/directives/${directiveId}/summary-reports`);
export const createSummaryReport = (directiveId: number) => api<SummaryReport>(`/directives/${directiveId}/summary-reports`, { method: 'POST' });
export const getSummaryReport = (id: number, signal?: AbortSignal) => api<SummaryReport>(`/summary-reports/${id}`, { signal });
export const saveSummaryReport = (id: number, body: SummaryReportUpdateInput) => api<SummaryReport>(`/summary-reports/${id}`, { method: 'PUT', body });

export const summaryDocumentUrl = (id: number, format: 'docx' | 'pdf' | 'print') => `/api/summary-reports/${id}/${format}`;

/** Opens the directive's latest draft, or makes the first one. */
export async function openOrCreateSummaryReport(directiveId: number): Promise<number> {
  const list = await listSummaryReports(directiveId);
  const latest = [...list.items].sort((a, b) => b.id - a.id)[0];
  return latest ? latest.id : (await createSummaryReport(directiveId)).id;
}

export const useOpenSummaryReport = () => useMutation({ mutationFn: openOrCreateSummaryReport });

export const useSummaryReport = (id: number) =>
  useQuery({ queryKey: directiveKeys.summaryReport(id), queryFn: ({ signal }) => getSummaryReport(id, signal), refetchOnWindowFocus: false });

export const useSaveSummaryReport = (id: number) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: SummaryReportUpdateInput) => saveSummaryReport(id, body),
    onSuccess: (saved) => qc.setQueryData(directiveKeys.summaryReport(id), saved),
  });
};

/** The directive's drafts, newest first (a leader picks one to read). */
export const useSummaryReports = (directiveId: number, enabled: boolean) =>
  useQuery({ queryKey: directiveKeys.summaryReports(directiveId), queryFn: () => listSummaryReports(directiveId), enabled });
