import { useMutation } from '@tanstack/react-query';
import type { IntakeResult } from '@dondoc/schemas';
import { apiUpload } from '../../../lib/api-client';
import type { UploadProgress } from '../../../lib/api-client';

/** The server refuses larger files (413); checking first spares a long upload. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const ACCEPTED_FILES = '.txt,.docx,.pdf,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export type UploadVariables = {
  file: File;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
};

/** An uploaded .txt/.docx/.pdf: the original is kept and linked to the draft saved with its fileId. */
export function uploadFile({ file, onProgress, signal }: UploadVariables) {
  const form = new FormData();
  form.append('file', file, file.name);
  return apiUpload<IntakeResult>('/intake/file', form, { onProgress, signal });
}

export const useUploadFile = () => useMutation({ mutationFn: uploadFile });
