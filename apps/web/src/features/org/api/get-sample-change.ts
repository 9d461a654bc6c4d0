import { useMutation } from '@tanstack/react-query';
import type { OrgChangeInput } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';

export const TEMPLATE_CSV_URL = '/api/org-changes/template.csv';

/** The bundled 2025 reform of Lạng Sơn's communes; fetched when asked for, like a file chosen. */
export const getSampleChange = () => api<{ change: OrgChangeInput }>('/org-changes/sample').then((r) => r.change);

export const useSampleChange = () => useMutation({ mutationFn: getSampleChange });
