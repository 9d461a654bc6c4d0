import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TaskWithItems } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { taskKeys } from './keys';

export const getTask = (id: number, signal?: AbortSignal) => api<TaskWithItems>(`/tasks/${id}`, { signal });

export const taskQueryOptions = (id: number) =>
  queryOptions({
    queryKey: taskKeys.detail(id),
    queryFn: ({ signal }) => getTask(id, signal),
  });

export const useTask = (id: number) => useQuery(taskQueryOptions(id));
