import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TaskWithItems } from '@dondoc/schemas';
import { api } from '../../../lib/api-client';
import { directiveKeys } from './keys';

export const getDirectiveTasks = (id: number, signal?: AbortSignal) =>
  api<{ items: TaskWithItems[] }>(`/directives/${id}/tasks`, { signal }).then((r) => r.items);

export const directiveTasksQueryOptions = (id: number) =>
  queryOptions({
    queryKey: directiveKeys.tasks(id),
    queryFn: ({ signal }) => getDirectiveTasks(id, signal),
    refetchInterval: 30_000,
  });

export const useDirectiveTasks = (id: number) => useQuery(directiveTasksQueryOptions(id));
