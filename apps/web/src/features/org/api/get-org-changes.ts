import { queryOptions, useQuery } from '@tanstack/react-query';
import type { OrgChangeSummary } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { orgKeys } from './keys';

export const getOrgChanges = (signal?: AbortSignal) => api<{ items: OrgChangeSummary[] }>('/org-changes', { signal }).then((r) => r.items);

export const orgChangesQueryOptions = () =>
  queryOptions({ queryKey: orgKeys.applied(), queryFn: ({ signal }) => getOrgChanges(signal), staleTime: 30_000 });

export const useOrgChanges = () => useQuery(orgChangesQueryOptions());
