import { useMutation } from '@tanstack/react-query';
import type { IntakeResult } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';

/** Pasted text: parsed and matched to the directory; the server stores nothing. */
export const analyseText = (text: string) => api<IntakeResult>('/intake/text', { method: 'POST', body: { text } });

export const useAnalyseText = () => useMutation({ mutationFn: analyseText });
