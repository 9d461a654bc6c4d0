import { useMutation } from '@tanstack/react-query';
import type { OrgChangeInput } from '@dondoc/schemas';
import { apiUpload } from '../../../lib/api-client';
import type { UploadProgress } from '../../../lib/api-client';

export const MAX_CHANGE_BYTES = 5 * 1024 * 1024;
export const ACCEPTED_CHANGE_FILES =
  '.json,.csv,.xlsx,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type ReadChangeVariables = {
  file: File;
  /** For a CSV or XLSX that does not state them. */
  effectiveOn?: string;
  legalBasis?: string;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
};

/** A JSON, CSV or XLSX file read into a change; nothing is stored. */
export function readChangeFile({ file, effectiveOn, legalBasis, onProgress, signal }: ReadChangeVariables) {
  const form = new FormData();
  if (effectiveOn) form.append('effectiveOn', effectiveOn);
  if (legalBasis) form.append('legalBasis', legalBasis);
  // Fields before the file: a streaming reader sees them first.
  form.append('file', file, file.name);
  return apiUpload<{ change: OrgChangeInput }>('/org-changes/read', form, { onProgress, signal }).then((r) => r.change);
}

export const useReadChangeFile = () => useMutation({ mutationFn: readChangeFile });
