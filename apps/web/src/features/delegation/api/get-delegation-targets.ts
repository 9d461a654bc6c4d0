import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DelegationTargets } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { delegationKeys } from './keys';

export const getDelegationTargets = (taskId: number, signal?: AbortSignal) =>
  api<DelegationTargets>(`/tasks/${taskId}/delegation-targets`, { signal });

export const delegationTargetsQueryOptions = (taskId: number) =>
  queryOptions({
    queryKey: delegationKeys.targets(taskId),
    queryFn: ({ signal }) => getDelegationTargets(taskId, signal),
  });

export const useDelegationTargets = (taskId: number, enabled = true) =>
  useQuery({ ...delegationTargetsQueryOptions(taskId), enabled });
