import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AuditEntry } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { auditKeys } from './keys';

export const getDirectiveAudit = (id: number, signal?: AbortSignal) =>
  api<{ items: AuditEntry[] }>(`/directives/${id}/audit`, { signal }).then((r) => r.items);

export const directiveAuditQueryOptions = (id: number) =>
  queryOptions({ queryKey: auditKeys.directive(id), queryFn: ({ signal }) => getDirectiveAudit(id, signal), staleTime: 0 });

export const useDirectiveAudit = (id: number) => useQuery(directiveAuditQueryOptions(id));
