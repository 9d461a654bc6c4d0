import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Rollup } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { delegationKeys } from './keys';

export const getSubtasks = (taskId: number, signal?: AbortSignal) => api<Rollup>(`/tasks/${taskId}/subtasks`, { signal });

export const subtasksQueryOptions = (taskId: number) =>
  queryOptions({
    queryKey: delegationKeys.rollup(taskId),
    queryFn: ({ signal }) => getSubtasks(taskId, signal),
  });

export const useSubtasks = (taskId: number, enabled = true) => useQuery({ ...subtasksQueryOptions(taskId), enabled });
