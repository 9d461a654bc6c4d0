import type { ReportDetail, ReportDraftSave } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';

/** Autosave: conditional on the version last seen; a stale one answers 409 CONFLICT and writes nothing. */
export const saveReportDraft = (id: number, body: ReportDraftSave) => api<ReportDetail>(`/reports/${id}/draft`, { method: 'PUT', body });
