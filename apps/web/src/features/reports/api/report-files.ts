import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReportFile } from '@dondoc/schemas';
import { EVIDENCE_MAX_MB_DEFAULT } from '@dondoc/schemas/activity-constants';
import { api, apiUpload, type UploadProgress } from '../../../lib/api-client';
import { reportKeys } from './keys';

/** Attachments follow the evidence rules: the server's default size limit, checked by content. */
export const FILE_MAX_MB = EVIDENCE_MAX_MB_DEFAULT;
export const FILE_MAX_BYTES = FILE_MAX_MB * 1024 * 1024;

export type FileOwner = { requestId: number } | { reportId: number };

export function uploadReportFile(owner: FileOwner, file: File, opts: { onProgress?: (p: UploadProgress) => void; signal?: AbortSignal } = {}) {
  const form = new FormData();
  form.append('file', file, file.name);
  const path = 'requestId' in owner ? `/report-requests/${owner.requestId}/files` : `/reports/${owner.reportId}/files`;
  return apiUpload<ReportFile>(path, form, opts);
}

export const deleteReportFile = (id: number) => api<void>(`/report-files/${id}`, { method: 'DELETE' });

export const reportFileUrl = (id: number) => `/api/report-files/${id}`;

/** The query whose answer lists the owner's files: refetched after an upload or a removal. */
export const ownerKey = (owner: FileOwner) => ('requestId' in owner ? reportKeys.request(owner.requestId) : reportKeys.report(owner.reportId));

export function useDeleteReportFile(owner: FileOwner) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteReportFile, onSettled: () => queryClient.invalidateQueries({ queryKey: ownerKey(owner), exact: true }) });
}
