import { useMutation } from '@tanstack/react-query';
import type { ReportPrefillResult } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';

/** What the unit's activities would put in the report; only read (the editor applies it to the draft). */
export const proposeReport = (id: number) => api<ReportPrefillResult>(`/reports/${id}/prefill`, { method: 'POST', body: { apply: false } });

export const useProposeReport = (id: number) => useMutation({ mutationFn: () => proposeReport(id) });
