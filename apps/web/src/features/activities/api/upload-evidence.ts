import type { EvidenceFile } from '@dondoc/schemas';
import { EVIDENCE_MAX_MB_DEFAULT } from '@dondoc/schemas/activity-constants';
import { apiUpload, type UploadProgress } from '../../../lib/api-client';

/** The server's default limit; a larger file is refused here before a long upload (the server checks anyway). */
export const EVIDENCE_MAX_MB = EVIDENCE_MAX_MB_DEFAULT;
export const EVIDENCE_MAX_BYTES = EVIDENCE_MAX_MB * 1024 * 1024;

/** One evidence file; the answer's id is what an activity attaches. */
export function uploadEvidence(file: File, opts: { onProgress?: (p: UploadProgress) => void; signal?: AbortSignal } = {}) {
  const form = new FormData();
  form.append('file', file, file.name);
  return apiUpload<EvidenceFile>('/evidence', form, opts);
}

export const evidenceUrl = (id: number) => `/api/evidence/${id}`;
